/**
 * The calls the renderer may make, free of dependencies so the preload can
 * bundle it without zod. index.ts checks at compile time that it lists exactly
 * the contract's calls that are not CLI-only (`local`).
 */
export const RENDERER_CALLS = [
  'library.overview',
  'library.list',
  'library.outline',
  'library.summaries',
  'library.delete',
  'library.changes',
  'library.search',
  'documents.suggest',
  'document.get',
  'document.editMeta',
  'document.cite',
  'document.setPosition',
  'reader.getState',
  'reader.setState',
  'notes.get',
  'notes.save',
  'notes.list',
  'notes.open',
  'notes.create',
  'notes.update',
  'notes.delete',
  'notes.restore',
  'notes.export',
  'documents.backlinks',
  'highlights.list',
  'highlights.create',
  'highlights.update',
  'highlights.delete',
  'highlights.restore',
  'tags.set',
  'tags.list',
  'dossiers.list',
  'dossiers.get',
  'dossiers.create',
  'dossiers.update',
  'dossiers.delete',
  'dossiers.restore',
  'dossiers.addItems',
  'dossiers.removeItem',
  'dossiers.restoreItem',
  'dossiers.reorder',
  'dossiers.sortByDate',
  'dossiers.updateItem',
  'shell.printPdf',
  'import.start',
  'import.status',
  'import.cancel',
  'dossiers.export',
  'dossiers.exportStatus',
  'dossiers.exportCancel',
  'trash.list',
  'revisions.list',
  'revisions.restore',
  'threads.get',
] as const;

export type RendererCallName = (typeof RENDERER_CALLS)[number];

export function isRendererCall(name: unknown): name is RendererCallName {
  return typeof name === 'string' && (RENDERER_CALLS as readonly string[]).includes(name);
}
