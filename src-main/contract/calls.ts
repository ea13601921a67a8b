/** Every call name of the API. Kept free of dependencies so the preload can bundle it. */
export const CALL_NAMES = [
  'library.overview',
  'library.list',
  'library.search',
  'import.start',
  'import.status',
  'import.cancel',
  'document.get',
  'notes.get',
  'notes.save',
  // Reading and annotating
  'document.editMeta',
  'document.cite',
  'document.setPosition',
  'documents.backlinks',
  'documents.suggest',
  'notes.list',
  'notes.open',
  'notes.create',
  'notes.update',
  'notes.delete',
  'notes.restore',
  'notes.export',
  'tags.set',
  'tags.list',
  'highlights.list',
  'highlights.create',
  'highlights.update',
  'highlights.delete',
  'highlights.restore',
  'reader.getState',
  'reader.setState',
  'dossiers.list',
  'dossiers.get',
  'dossiers.create',
  'dossiers.update',
  'dossiers.delete',
  'dossiers.addItems',
  'dossiers.removeItem',
  'dossiers.reorder',
  'dossiers.sortByDate',
  'dossiers.updateItem',
  'dossiers.export',
  'dossiers.exportStatus',
  'dossiers.exportCancel',
  'shell.printPdf',
] as const;

export type CallName = (typeof CALL_NAMES)[number];

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && (CALL_NAMES as readonly string[]).includes(name);
}
