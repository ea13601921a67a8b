import type { TrashedDocument, TrashEntry } from '@contract';
import { api } from '../api/client';
import { dossiersChanged } from './dossier-events';
import { download } from './export-notes';
import { loadNotes } from './notes-store';
import { savedChanged } from './saved-store';

/** Can the entry be put back now? Why not, when it cannot. */
export function restoreBlock(e: TrashEntry): string | null {
  if (e.kind === 'dossier-item' && e.dossierDeleted) return `Its dossier “${e.dossierTitle}” is in the trash: restore the dossier first.`;
  if (e.kind === 'document') return 'Comes back attached to the document when you import it again.';
  return null;
}

/** Puts an entry back where it was; the views showing it reload. */
export async function restoreEntry(e: TrashEntry): Promise<void> {
  switch (e.kind) {
    case 'note':
      await api.call('notes.restore', { id: e.id });
      loadNotes();
      return;
    case 'dossier':
      await api.call('dossiers.restore', { id: e.id });
      dossiersChanged();
      return;
    case 'dossier-item':
      await api.call('dossiers.restoreItem', { itemId: e.id });
      dossiersChanged();
      return;
    case 'saved-search':
      await api.call('saved.searches.restore', { id: e.id });
      savedChanged();
      return;
    case 'working-set':
      await api.call('sets.restore', { id: e.id });
      savedChanged();
      return;
    case 'document':
      throw new Error(restoreBlock(e) ?? 'cannot be restored');
  }
}

const quote = (text: string): string => text.split('\n').map((l) => `> ${l}`).join('\n');

/** A deleted document's highlights, comments and dossier commentary as Markdown, to keep outside the library. */
export function keptAsMarkdown(e: TrashedDocument): string {
  const parts = [`# ${e.title}`, '', `Deleted ${e.deletedAt.slice(0, 10)}. Source key: \`${e.key}\`.`];
  if (e.tags.length > 0) parts.push('', `Tags: ${e.tags.join(', ')}`);
  if (e.note) parts.push('', `The note on this document is kept as the research note “${e.note.title}”.`);
  if (e.highlights.length > 0) parts.push('', '## Highlights');
  for (const h of e.highlights) parts.push('', quote(h.exact), ...(h.comment ? ['', h.comment] : []));
  for (const d of e.dossiers.filter((x) => x.commentary.trim() !== '')) parts.push('', `## Commentary in “${d.title}”`, '', d.commentary);
  return `${parts.join('\n')}\n`;
}

export function downloadKept(e: TrashedDocument): void {
  const slug = e.title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'document';
  download(`${slug}-annotations.md`, keptAsMarkdown(e));
}
