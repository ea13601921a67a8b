import type { Block, DocumentBody, Inline } from '../model/document';
import { bodyText } from '../model/plain-text';

/**
 * The anchoring text of a document — the coordinate system of highlights — is
 * its body as plain text, exactly `bodyText` (model/plain-text.ts), which is
 * also what `documents.plain_text` stores:
 *   - top-level and nested blocks joined by "\n\n", blocks without text skipped;
 *   - inside a paragraph or heading: text runs concatenated, a line break is "\n",
 *     a link contributes its runs; footnote references and page markers add nothing;
 *   - list items joined by "\n"; table cells by "\t" and rows by "\n";
 *   - a section's title, then "\n\n", then its blocks; quotes are their blocks.
 * Footnotes are not part of it. Offsets count UTF-16 code units (JavaScript
 * string indices), as DOM Range offsets do.
 */
export function anchoringText(body: DocumentBody): string {
  return bodyText(body);
}

export interface AnchorLayout {
  /** Length of the anchoring text. */
  length: number;
  /**
   * For each top-level block of `body.blocks`, the offset where its text starts
   * in the anchoring text, or -1 when the block has no text (page marker,
   * embedded document, empty paragraph).
   */
  blockStarts: number[];
  /** Printed-page breaks: page `n` begins at `offset`. */
  pages: Array<{ offset: number; n: string }>;
}

type Pages = AnchorLayout['pages'];

function runsLength(runs: readonly Inline[], base: number, pages: Pages): number {
  let n = 0;
  for (const run of runs) {
    if (run.t === 'text') n += run.text.length;
    else if (run.t === 'lineBreak') n += 1;
    else if (run.t === 'link') n += runsLength(run.runs, base + n, pages);
    else if (run.t === 'page') pages.push({ offset: base + n, n: run.n });
  }
  return n;
}

function joinedLength<T>(items: readonly T[], base: number, sep: number, one: (item: T, at: number) => number): number {
  let n = 0;
  items.forEach((item, i) => {
    if (i > 0) n += sep;
    n += one(item, base + n);
  });
  return n;
}

function blockLength(block: Block, base: number, pages: Pages): number {
  switch (block.t) {
    case 'paragraph':
    case 'heading':
      return runsLength(block.runs, base, pages);
    case 'list':
      return joinedLength(block.items, base, 1, (item, at) => runsLength(item, at, pages));
    case 'table':
      return joinedLength(block.rows, base, 1, (row, at) => joinedLength(row, at, 1, (cell, c) => runsLength(cell, c, pages)));
    case 'quote':
      return blocksLayout(block.blocks, base, pages).length;
    case 'section': {
      const title = block.title ? runsLength(block.title, base, pages) : 0;
      const inner = blocksLayout(block.blocks, title > 0 ? base + title + 2 : base, pages).length;
      return title > 0 ? title + 2 + inner : inner;
    }
    case 'page':
      pages.push({ offset: base, n: block.n });
      return 0;
    case 'embedded':
      return 0;
  }
}

function blocksLayout(blocks: readonly Block[], base: number, pages: Pages): { length: number; starts: number[] } {
  let length = 0;
  const starts: number[] = [];
  for (const block of blocks) {
    const sep = length > 0 ? 2 : 0;
    // A page marker between blocks belongs where the next block's text begins.
    const n = blockLength(block, base + length + sep, pages);
    starts.push(n > 0 ? base + length + sep : -1);
    if (n > 0) length += sep + n;
  }
  return { length, starts };
}

/** Where each top-level block starts in the anchoring text, and where printed pages begin. */
export function anchorLayout(body: DocumentBody): AnchorLayout {
  const pages: Pages = [];
  const { length, starts } = blocksLayout(body.blocks, 0, pages);
  return { length, blockStarts: starts, pages };
}

/** Convenience for the reader: `anchorLayout(body).blockStarts`. */
export function blockOffsets(body: DocumentBody): number[] {
  return anchorLayout(body).blockStarts;
}

/** The printed page `offset` falls on: the last page break at or before it, else the start page. */
export function pageAt(layout: AnchorLayout, offset: number, startPage?: string): string | null {
  let page = startPage ?? null;
  for (const p of layout.pages) {
    if (p.offset > offset) break;
    page = p.n;
  }
  return page;
}
