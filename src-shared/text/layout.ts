import type { Inline } from '../model/document';
import { walkRuns, walkText, type BodyLike, type TextVisitor } from './walk';

/** A printed-page break: page `n` begins at `offset`. */
export interface PageBreak {
  offset: number;
  n: string;
}

/**
 * A body's text positions, all from the one walk (walk.ts): what highlights,
 * find, page markers, quotes, reading positions and PDF highlights measure against.
 */
export interface TextLayout {
  /** The body's text (the anchoring text); with footnotes, "\n\n" and each footnote's text after it. */
  text: string;
  /** Length of the body part: offsets below this are anchorable. */
  bodyLength: number;
  /** Where each text run and line break starts, by object identity. */
  starts: WeakMap<Inline, number>;
  /** Printed-page breaks in the body, in order. */
  pages: PageBreak[];
  /** Where each top-level block's text starts, -1 for blocks without text. */
  blockStarts: number[];
}

/** Records text, run starts and page breaks; pages after the body (in footnotes) are not the edition's. */
function recorder(layout: TextLayout): TextVisitor {
  let inBody = true;
  return {
    text: (s, offset, run) => {
      layout.text += s;
      if (run) layout.starts.set(run, offset);
    },
    page: (n, offset) => {
      if (inBody) layout.pages.push({ offset, n });
    },
    block: (_, start) => layout.blockStarts.push(start),
    bodyEnd: (offset) => {
      layout.bodyLength = offset;
      inBody = false;
    },
  };
}

/** The text layout of a body; with `footnotes`, find-in-document's offsets for the footnotes too. */
export function textLayout(body: BodyLike, opts: { footnotes?: boolean } = {}): TextLayout {
  const layout: TextLayout = { text: '', bodyLength: 0, starts: new WeakMap(), pages: [], blockStarts: [] };
  walkText(body, recorder(layout), opts);
  return layout;
}

/** Where each run of a lone paragraph starts (a PDF excerpt, highlighted by its own offsets). */
export function runStarts(runs: readonly Inline[]): WeakMap<Inline, number> {
  const starts = new WeakMap<Inline, number>();
  walkRuns(runs, {
    text: (_, offset, run) => {
      if (run) starts.set(run, offset);
    },
  });
  return starts;
}

/** The printed page `offset` falls on: the last break at or before it, else the start page. */
export function pageAt(layout: { pages: readonly PageBreak[] }, offset: number, startPage?: string): string | null {
  let page = startPage ?? null;
  for (const p of layout.pages) {
    if (p.offset > offset) break;
    page = p.n;
  }
  return page;
}
