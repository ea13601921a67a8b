import type { CitationExportFormat, ExportFile } from '@contract';
import { api } from '../api/client';

/** What the user picks from, in the order a historian reaches for them. */
export const CITATION_FORMATS: ReadonlyArray<{ format: CitationExportFormat; label: string }> = [
  { format: 'ris', label: 'RIS — Zotero, EndNote' },
  { format: 'bibtex', label: 'BibTeX' },
  { format: 'csl-json', label: 'CSL-JSON' },
  { format: 'chicago-notes', label: 'Chicago notes (text)' },
  { format: 'chicago-bibliography', label: 'Chicago bibliography (text)' },
];

/** `name` names the file (a document's title); a dossier's file takes the dossier's title. */
export type CitationTarget = ({ docIds: number[] } | { dossierId: number }) & { name?: string };

/** The file lands in Downloads in browser mode; the desktop app asks where to save it. No network request is made. */
function saveFile(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: `${file.mimeType};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Export the citations of the target in one format and hand the file to the user; returns its name. */
export async function exportCitations(target: CitationTarget, format: CitationExportFormat): Promise<string> {
  const file = await api.call('citations.export', { ...target, format });
  saveFile(file);
  return file.fileName;
}
