import type { Face, FaceName } from '../fonts/faces';
import { breakLines } from './break-lines';
import { advances } from './measure';
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
  const lines = ranges.map((r, i) => {
    const line = setLine(ctx, r, avail(i), { ...geometry, left: f.left + (i === 0 ? first : 0) });
    if (f.bar) line.bar = { x: f.bar.x - f.left - (i === 0 ? first : 0), color: f.bar.color };
    return line;
  });
  // Anchors and page marks belong to the line whose range holds them (the last line takes the end).
  for (const m of p.marks) {
    const i = ranges.findIndex((r) => m.at >= r.start && m.at < r.end);
    const line = lines[i < 0 ? lines.length - 1 : i];
    if (m.anchor) line?.anchors.push(m.anchor);
    if (m.page) line?.pageMarks.push(m.page);
  }
  const firstLine = lines[0];
  if (f.label && firstLine) hang(env, firstLine, f.label);
  return lines;
}
