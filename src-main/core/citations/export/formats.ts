import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import type { CitationExportFormat, ExportFile } from '../../../contract';
import type { CslItem } from './csl-item';
import { chicagoBibliography, chicagoNotes } from './csl-render';

const TYPES: Record<CitationExportFormat, { ext: string; mimeType: string }> = {
  'csl-json': { ext: 'json', mimeType: 'application/vnd.citationstyles.csl+json' },
  bibtex: { ext: 'bib', mimeType: 'application/x-bibtex' },
  ris: { ext: 'ris', mimeType: 'application/x-research-info-systems' },
  'chicago-notes': { ext: 'txt', mimeType: 'text/plain' },
  'chicago-bibliography': { ext: 'txt', mimeType: 'text/plain' },
};

/** "Caffery telegrams, 1947" → "Caffery-telegrams-1947" (letters of any script kept). */
function slug(name: string): string {
  return name.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'citations';
}

/**
 * citation-js breaks every RIS value after 70 characters, and its own reader
 * (like Zotero's) joins the pieces back with a space: "Mosquito Terr itory".
 * RIS allows 255 characters a line, so the values are put back on one line.
 */
const unwrapRis = (ris: string): string => ris.replace(/\r?\n(?![A-Z][A-Z0-9] {2}- ?)/g, '');

/** CSL-JSON is written as is; BibTeX and RIS come from citation-js, not hand-written formats. */
function content(items: CslItem[], format: CitationExportFormat): string {
  if (format === 'csl-json') return `${JSON.stringify(items, null, 2)}\n`;
  if (format === 'ris') return `${unwrapRis(new Cite(items).format('ris'))}\n`;
  if (format === 'bibtex') return new Cite(items).format('bibtex');
  // Chicago comes from the CSL style through citeproc-js: numbered notes in the order given, or the sorted bibliography.
  if (format === 'chicago-notes') return chicagoNotes(items).map((n, i) => `${i + 1}. ${n}\n`).join('');
  return chicagoBibliography(items);
}

export function citationFile(items: CslItem[], format: CitationExportFormat, name: string): ExportFile {
  const t = TYPES[format];
  const suffix = format.startsWith('chicago-') ? `-${format}` : '';
  return { fileName: `${slug(name)}${suffix}.${t.ext}`, mimeType: t.mimeType, content: content(items, format) };
}
