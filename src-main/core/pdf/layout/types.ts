import type { Rgb, TextStyle } from './style';

/** A run of glyphs in one style, positioned on its line. */
export interface Piece {
  /** From the line's left edge, in points. */
  x: number;
  text: string;
  style: TextStyle;
  width: number;
}

/** A page number resolved only once the whole dossier is laid out (table of contents). */
export interface PageRef {
  dest: string;
  /** The number is right-aligned to this x, from the line's left edge. */
  xRight: number;
  style: TextStyle;
}

/** One typeset line: what is drawn, and what the PDF needs to know about it. */
export interface Line {
  /** Offset of the line's left edge from the text block's left edge. */
  left: number;
  /** Vertical space the line takes: baseline-to-baseline distance. */
  height: number;
  /** From the top of the line's space to its baseline. */
  baseline: number;
  pieces: Piece[];
  /** Highlighted spans, drawn behind the glyphs. */
  rects: Array<{ x0: number; x1: number; color: Rgb }>;
  /** Link areas pointing at named destinations. */
  links: Array<{ x0: number; x1: number; dest: string }>;
  /** Destinations that point at this line. */
  anchors: string[];
  /** Printed pages of the original that begin on this line. */
  pageMarks: string[];
  /** A vertical rule left of the text (commentary). */
  bar?: { x: number; color: Rgb };
  /** A horizontal rule over the full measure, below (or above) the baseline area. */
  rule?: { x0: number; x1: number; at: 'above' | 'below'; color: Rgb };
  refs?: PageRef[];
}

/** What the paginator places: lines with spacing and keep rules. */
export interface FlowBlock {
  lines: Line[];
  spaceBefore: number;
  spaceAfter: number;
  /** Never end a page with this block (headings, labels). */
  keepWithNext?: boolean;
  /** Never split this block across pages (unless it is taller than a page). */
  keepTogether?: boolean;
  /** Start a new page first. */
  breakBefore?: boolean;
}

export const emptyLine = (height: number): Line => ({
  left: 0,
  height,
  baseline: height,
  pieces: [],
  rects: [],
  links: [],
  anchors: [],
  pageMarks: [],
});
