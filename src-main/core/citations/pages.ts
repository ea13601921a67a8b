import { pageAt, textLayout } from '../../../src-shared/text/layout';
import type { DocumentBody, Placement } from '../../../src-shared/model/document';

/** A printed page as cited; `inferred` pages are printed in square brackets. */
export interface Page {
  n: string;
  inferred: boolean;
}

export interface PageRange {
  first: Page;
  last: Page;
}

/**
 * Printed pages of a document (or of [start, end) of its anchoring text), from
 * the edition's page breaks. Before the first break the page is the
 * placement's start page; failing that, the page before the first break when
 * it is a number — an inference, so marked.
 */
export function pageRange(body: DocumentBody, placement: Placement | null, span?: { start: number; end: number }): PageRange | null {
  const layout = textLayout(body);
  // A break after the last character opens a page the document has no text on.
  const breaks = { pages: layout.pages.filter((p) => p.offset < layout.bodyLength) };
  const startPage = placement?.startPage;
  const firstBreak = breaks.pages[0];
  const pageOf = (offset: number): Page | null => {
    const n = pageAt(breaks, offset, startPage);
    if (n !== null) return { n, inferred: false };
    if (firstBreak && /^\d+$/.test(firstBreak.n) && Number(firstBreak.n) > 1) return { n: String(Number(firstBreak.n) - 1), inferred: true };
    return null;
  };
  const from = span?.start ?? 0;
  const to = Math.max(from, (span?.end ?? layout.bodyLength) - 1);
  const first = pageOf(from);
  const last = pageOf(to);
  return first && last ? { first, last } : null;
}

/** "328-329" as the source prints a range. */
export function parsePages(s: string): PageRange | null {
  const m = /^(\w+)(?:\s*[-–]\s*(\w+))?$/.exec(s.trim());
  if (!m?.[1]) return null;
  return { first: { n: m[1], inferred: false }, last: { n: m[2] ?? m[1], inferred: false } };
}
