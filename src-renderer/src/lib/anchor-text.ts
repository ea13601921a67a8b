import type { Block, DocumentBody, Inline } from '../../../src-main/core/model/document';

/**
 * The anchoring text of a document: its body as plain text, exactly as the core's
 * `bodyText` (src-main/core/model/plain-text.ts) builds it — blocks joined by "\n\n"
 * (empty blocks skipped), text runs concatenated, a line break is "\n", list items
 * joined by "\n", table cells by "\t" and rows by "\n", a section title followed by
 * "\n\n"; footnote references, page markers and embedded documents contribute nothing.
 *
 * Highlights are stored as offsets into this text. While walking the model the same
 * way, we record where every text run starts, so the reader can put the offset on
 * the element it renders for the run and map a DOM selection back to offsets.
 *
 * Footnotes are not part of the anchoring text. For find-in-document they get offsets
 * after the body (`footnoteBase`), so one offset space covers everything searchable.
 */
export interface AnchorText {
  /** Body text (the anchoring text), then "\n\n" and each footnote's text. */
  text: string;
  /** Length of the body part: offsets below this are anchorable. */
  bodyLength: number;
  /** Where each rendered text run starts, by object identity. */
  starts: WeakMap<Inline, number>;
  /** Printed-page breaks in the body: the page `n` begins at `offset`. */
  pages: Array<{ offset: number; n: string }>;
  /** Where each top-level block's text starts, -1 for blocks without text (for reading positions). */
  blockStarts: number[];
}

interface Recorder {
  starts: WeakMap<Inline, number>;
  pages: Array<{ offset: number; n: string }>;
}

function runsText(runs: readonly Inline[], base: number, rec: Recorder): string {
  let out = '';
  for (const run of runs) {
    if (run.t === 'text') {
      rec.starts.set(run, base + out.length);
      out += run.text;
    } else if (run.t === 'lineBreak') {
      rec.starts.set(run, base + out.length);
      out += '\n';
    } else if (run.t === 'link') {
      out += runsText(run.runs, base + out.length, rec);
    } else if (run.t === 'page') {
      rec.pages.push({ offset: base + out.length, n: run.n });
    }
  }
  return out;
}

function joined<T>(items: readonly T[], sep: string, base: number, one: (item: T, at: number) => string): string {
  let out = '';
  items.forEach((item, i) => {
    if (i > 0) out += sep;
    out += one(item, base + out.length);
  });
  return out;
}

function blockText(block: Block, base: number, rec: Recorder): string {
  switch (block.t) {
    case 'paragraph':
    case 'heading':
      return runsText(block.runs, base, rec);
    case 'list':
      return joined(block.items, '\n', base, (item, at) => runsText(item, at, rec));
    case 'table':
      return joined(block.rows, '\n', base, (row, at) => joined(row, '\t', at, (cell, c) => runsText(cell, c, rec)));
    case 'quote':
      return blocksText(block.blocks, base, rec);
    case 'section': {
      const title = block.title ? runsText(block.title, base, rec) : '';
      const innerBase = title ? base + title.length + 2 : base;
      const inner = blocksText(block.blocks, innerBase, rec);
      return title ? `${title}\n\n${inner}` : inner;
    }
    case 'page':
      rec.pages.push({ offset: base, n: block.n });
      return '';
    case 'embedded':
      return '';
  }
}

function blocksText(blocks: readonly Block[], base: number, rec: Recorder, starts?: number[]): string {
  let out = '';
  for (const block of blocks) {
    const sep = out === '' ? 0 : 2;
    const text = blockText(block, base + out.length + sep, rec);
    starts?.push(text === '' ? -1 : base + out.length + sep);
    if (text === '') continue;
    out += (sep ? '\n\n' : '') + text;
  }
  return out;
}

/** Build the anchoring text of a body, with run offsets and page breaks. */
export function buildAnchorText(body: DocumentBody): AnchorText {
  const rec: Recorder = { starts: new WeakMap(), pages: [] };
  const blockStarts: number[] = [];
  const bodyText = blocksText(body.blocks, 0, rec, blockStarts);
  let text = bodyText;
  for (const note of body.footnotes) {
    text += '\n\n';
    text += runsText(note.runs, text.length, { starts: rec.starts, pages: [] });
  }
  return { text, bodyLength: bodyText.length, starts: rec.starts, pages: rec.pages, blockStarts };
}

/** The printed page on which `offset` falls, if the body has page breaks (or a start page). */
export function pageAt(anchor: AnchorText, offset: number, startPage?: string): string | null {
  let page: string | null = startPage ?? null;
  for (const p of anchor.pages) {
    if (p.offset > offset) break;
    page = p.n;
  }
  return page;
}

const CONTEXT = 32;

/** A W3C-style text quote selector for [start, end) of the body. */
export function quoteAt(anchor: AnchorText, start: number, end: number): { exact: string; prefix: string; suffix: string } {
  const body = anchor.text.slice(0, anchor.bodyLength);
  return {
    exact: body.slice(start, end),
    prefix: body.slice(Math.max(0, start - CONTEXT), start),
    suffix: body.slice(end, end + CONTEXT),
  };
}

/** Reading position as the core stores it: top-level block and offset inside it. */
export function positionOf(anchor: AnchorText, offset: number): { blockIndex: number; offset: number } {
  let blockIndex = 0;
  let start = 0;
  anchor.blockStarts.forEach((s, i) => {
    if (s !== -1 && s <= offset) {
      blockIndex = i;
      start = s;
    }
  });
  return { blockIndex, offset: Math.max(0, offset - start) };
}

/** The absolute offset of a stored reading position. */
export function offsetOf(anchor: AnchorText, pos: { blockIndex: number; offset: number }): number {
  const start = anchor.blockStarts[pos.blockIndex];
  if (start === undefined || start === -1) return 0;
  return Math.min(anchor.bodyLength, start + pos.offset);
}

const cache = new WeakMap<DocumentBody, AnchorText>();

/** The anchoring text of a body, computed once per body object. */
export function anchorFor(body: DocumentBody): AnchorText {
  let a = cache.get(body);
  if (!a) {
    a = buildAnchorText(body);
    cache.set(body, a);
  }
  return a;
}
