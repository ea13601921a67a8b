import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { CHICAGO_DOCUMENTS_CSL } from '../styles/chicago-documents-csl';
import type { CslItem } from './csl-item';

const TEMPLATE = 'chancery-chicago';
let registered = false;

/** citation-js keeps styles in one register; the style is added once, on first use. */
function ensureStyle(): void {
  if (registered) return;
  plugins.config.get('@csl').styles.add(TEMPLATE, CHICAGO_DOCUMENTS_CSL);
  registered = true;
}

/** One Chicago footnote per document, rendered by citeproc-js from the CSL style (plain text). */
export function chicagoNotes(items: CslItem[]): string[] {
  ensureStyle();
  return items.map((item) => new Cite([item]).format('citation', { template: TEMPLATE, format: 'text', lang: 'en-US' }));
}

/** The Chicago bibliography of the documents, sorted as the style says (plain text, one entry a line). */
export function chicagoBibliography(items: CslItem[]): string {
  ensureStyle();
  return new Cite(items).format('bibliography', { template: TEMPLATE, format: 'text', lang: 'en-US' });
}
