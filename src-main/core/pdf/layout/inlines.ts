import type { Inline, Mark } from '../../../../src-shared/model/document';
import type { FaceName } from '../fonts/faces';
import type { ParaBuilder } from './para';
import { style, type Rgb, type TextStyle } from './style';

/** How note references and their anchors are named in this part of the PDF. */
export interface NoteLinks {
  /** Destination of the footnote itself. */
  note(id: string): string;
  /** Destination of the reference in the text (the note links back here). */
  ref(id: string): string;
}

/**
 * Where a paragraph's text runs sit in the document's anchoring text (for
 * highlights): [paragraph position, body offset, length]. Runs outside the
 * body (labels, notes, commentary) have no offset.
 */
export type OffsetMap = Array<[number, number, number]>;

function faceFor(marks: readonly Mark[], base: FaceName): FaceName {
  const italic = marks.includes('italic') || marks.includes('underline') || base === 'italic' || base === 'boldItalic';
  const bold = marks.includes('bold') || base === 'bold' || base === 'boldItalic';
  if (bold) return italic ? 'boldItalic' : 'bold';
  if (italic) return 'italic';
  return marks.includes('smallcaps') ? 'smallcaps' : base;
}

/** The style of a run with these marks over the paragraph's base style. */
export function markStyle(base: TextStyle, marks: readonly Mark[] | undefined): TextStyle {
  if (!marks || marks.length === 0) return base;
  const face = faceFor(marks, base.face);
  if (marks.includes('sup')) return style(face, base.size * 0.68, base.color, base.size * 0.36);
  if (marks.includes('sub')) return style(face, base.size * 0.68, base.color, -base.size * 0.14);
  return face === base.face ? base : style(face, base.size, base.color, base.rise);
}

export const noteRefStyle = (base: TextStyle, color: Rgb = base.color): TextStyle =>
  style(base.face === 'bold' ? 'bold' : 'regular', base.size * 0.68, color, base.size * 0.36);

export interface InlineTarget {
  b: ParaBuilder;
  base: TextStyle;
  notes?: NoteLinks;
  /** Where the body's runs start in its anchoring text (src-shared/text/layout.ts). */
  starts?: WeakMap<Inline, number>;
  offsets?: OffsetMap;
}

function addText(t: InlineTarget, run: Inline, text: string, s: TextStyle): void {
  const pos = t.b.add(text, s);
  const at = t.starts?.get(run);
  if (at !== undefined) t.offsets?.push([pos, at, text.length]);
}

/** Appends inline runs to a paragraph, keeping note links, page marks and body offsets. */
export function addInlines(t: InlineTarget, runs: readonly Inline[]): void {
  for (const run of runs) {
    switch (run.t) {
      case 'text':
        addText(t, run, run.text, markStyle(t.base, run.marks));
        break;
      case 'lineBreak':
        addText(t, run, '\n', t.base);
        break;
      case 'link':
        addInlines(t, run.runs);
        break;
      case 'page':
        t.b.page(run.n);
        break;
      case 'noteRef':
        if (t.notes) t.b.anchor(t.notes.ref(run.id));
        t.b.add(run.label, noteRefStyle(t.base), t.notes?.note(run.id));
        break;
    }
  }
}

/** Turns highlight ranges over body offsets into ranges over the paragraph's positions. */
export function mapHighlights(b: ParaBuilder, offsets: OffsetMap, ranges: ReadonlyArray<{ start: number; end: number; color: Rgb }>): void {
  for (const [pos, off, len] of offsets) {
    for (const h of ranges) {
      const s = Math.max(h.start, off);
      const e = Math.min(h.end, off + len);
      if (e > s) b.highlight(pos + (s - off), pos + (e - off), h.color);
    }
  }
}
