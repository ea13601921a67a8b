import type { CitationExportFormat, SavedQuery } from '@contract';
import { api } from '../api/client';
import { downloadText } from './file-download';
import { savedChanged } from './saved-store';

/** What the user picks from, in the order a historian reaches for them. */
export const CITATION_FORMATS: ReadonlyArray<{ format: CitationExportFormat; label: string }> = [
  { format: 'ris', label: 'RIS — Zotero, EndNote' },
  { format: 'bibtex', label: 'BibTeX' },
  { format: 'csl-json', label: 'CSL-JSON' },
  { format: 'chicago-notes', label: 'Chicago notes (text)' },
  { format: 'chicago-bibliography', label: 'Chicago bibliography (text)' },
];

/** A whole result set is exported up to this many documents: a bibliography beyond it is better narrowed first. */
export const RESULT_EXPORT_CAP = 5000;

/**
 * `name` names the file (a document's title); a dossier's file takes the dossier's title.
 * `search`: every document the search matches (not only the page shown), oldest first.
 */
export type CitationTarget = ({ docIds: number[] } | { dossierId: number } | { search: SavedQuery }) & { name?: string };

const n = (x: number): string => x.toLocaleString('en-GB');

async function resolve(target: CitationTarget): Promise<{ docIds: number[] } | { dossierId: number }> {
  if (!('search' in target)) return target;
  const ids = await api.call('search.matchIds', { search: target.search });
  if (ids.length === 0) throw new Error('the search matches no document');
  if (ids.length > RESULT_EXPORT_CAP) {
    throw new Error(`the search matches ${n(ids.length)} documents; a citation export takes at most ${n(RESULT_EXPORT_CAP)}. Narrow it (years, a volume, a sender) or select the documents you need.`);
  }
  return { docIds: ids };
}

/** Export the citations of the target in one format and hand the file to the user; returns its name. */
export async function exportCitations(target: CitationTarget, format: CitationExportFormat): Promise<string> {
  const ids = await resolve(target);
  const file = await api.call('citations.export', { ...ids, ...(target.name ? { name: target.name } : {}), format });
  downloadText(file);
  // The export is in the research log, when it is on.
  savedChanged();
  return file.fileName;
}
