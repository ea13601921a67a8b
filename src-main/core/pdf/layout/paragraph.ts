import type { Face, FaceName } from '../fonts/faces';
import { breakLines } from './break-lines';
import { advances, spanAt } from './measure';
import { printable, type MissingGlyphs, type ParaText } from './para';
import { setLine, type Align, type SetContext } from './set-line';
import type { Rgb, TextStyle } from './style';
import type { Line } from './types';

export interface LayoutEnv {
  faces: Record<FaceName, Face>;
  missing: MissingGlyphs;
}

/** A label hung in the margin of the first line: list bullets, note numbers. */
export interface HangingLabel {
  text: string;
  style: TextStyle;
  /** Space between the label's right edge and the text. */
  gap: number;
  link?: string;
  anchor?: string;
  /** Fixed x from the line's left edge (left-aligned label column) instead of hanging right-aligned. */
  at?: number;
}

export interface ParaFormat {
  /** Measure of the lines, from `left`. */
  width: number;
  left: number;
  firstIndent?: number;
  align: Align;
  /** Nominal size and line spacing (superscripts do not open up the leading). */
  size: number;
  leading: number;
  label?: HangingLabel;
  bar?: { x: number; color: Rgb };
}

const baselineOf = (f: ParaFormat): number => f.leading / 2 + f.size * 0.36;

function hang(env: LayoutEnv, line: Line, label: HangingLabel): void {
  const text = printable(label.text, env.faces[label.style.face], env.missing);
  const width = (env.faces[label.style.face].advance(text) * label.style.size) / 1000;
  const x = label.at ?? -(label.gap + width);
  line.pieces.unshift({ x, text, style: label.style, width });
  if (label.link) line.links.push({ x0: x, x1: x + width, dest: label.link });
  if (label.anchor) line.anchors.push(label.anchor);
}

/** Where the page turns inside a line: in the middle of the adjacent space, so the hairline touches no glyph. */
function tickX(text: string, x: (pos: number) => number, pos: number, lineStart: number): number {
  if (pos - 1 >= lineStart && text[pos - 1] === ' ') return (x(pos - 1) + x(pos)) / 2;
  if (text[pos] === ' ') return (x(pos) + x(pos + 1)) / 2;
  return x(pos);
}

/** Typesets a paragraph into lines (no pagination yet). */
export function typesetParagraph(p: ParaText, f: ParaFormat, env: LayoutEnv): Line[] {
  const w = advances(p, env.faces);
  const first = f.firstIndent ?? 0;
  const avail = (n: number): number => Math.max(1, f.width - (n === 0 ? first : 0));
  const hyphenStyle = p.spans[0]?.style;
  const hyphen = hyphenStyle ? (env.faces[hyphenStyle.face].advance('-') * hyphenStyle.size) / 1000 : 0;
  const ranges = breakLines(p.text, w, avail, hyphen);
  const ctx: SetContext = { p, w, faces: env.faces, align: f.align };
  const geometry = { height: f.leading, baseline: baselineOf(f) };
  const xs: Array<(pos: number) => number> = [];
  const lines = ranges.map((r, i) => {
    const set = setLine(ctx, r, avail(i), { ...geometry, left: f.left + (i === 0 ? first : 0) });
    xs.push(set.x);
    if (f.bar) set.line.bar = { x: f.bar.x - f.left - (i === 0 ? first : 0), color: f.bar.color };
    return set.line;
  });
  for (const m of p.marks) {
    let i = ranges.findIndex((r) => m.at >= r.start && m.at < r.end);
    if (i < 0) i = ranges.length - 1;
    const line = lines[i];
    const r = ranges[i];
    const x = xs[i];
    if (!line || !r || !x) continue;
    if (m.anchor) line.anchors.push(m.anchor);
    if (m.page) line.pageMarks.push({ n: m.page, x: m.at <= r.start ? null : tickX(p.text, x, Math.min(m.at, r.contentEnd), r.start) });
  }
  const firstLine = lines[0];
  if (f.label && firstLine) hang(env, firstLine, f.label);
  return lines;
}

/** The style in force at the start of a paragraph, for callers that need a size. */
export const leadStyle = (p: ParaText): TextStyle | undefined => p.spans[spanAt(p, 0)]?.style;
