import type { Face, FaceName } from '../fonts/faces';
import type { LineRange } from './break-lines';
import { spanAt } from './measure';
import type { ParaText } from './para';
import type { Line, Piece } from './types';

export type Align = 'justify' | 'left' | 'right' | 'center';

export interface SetContext {
  p: ParaText;
  w: Float64Array;
  faces: Record<FaceName, Face>;
  align: Align;
}

/** Hyphen-free justification stops here: wider gaps look worse than a ragged line. */
const MAX_STRETCH_EM = 1.1;

/** How much each stretchable gap grows on a justified line (0: the line is set ragged). */
function stretch(ctx: SetContext, r: LineRange, avail: number): number {
  if (ctx.align !== 'justify' || r.last || r.gaps.length === 0) return 0;
  const natural = (ctx.w[r.contentEnd] ?? 0) - (ctx.w[r.start] ?? 0);
  const per = (avail - natural) / r.gaps.length;
  const size = ctx.p.spans[spanAt(ctx.p, r.start)]?.style.size ?? 10;
  return per > 0 && per <= size * MAX_STRETCH_EM ? per : 0;
}

/** x of text position `pos` on the line, from the line's left edge. */
function xAt(ctx: SetContext, r: LineRange, shift: number, per: number, pos: number): number {
  let gaps = 0;
  for (const g of r.gaps) if (g <= pos) gaps++;
  return shift + (ctx.w[pos] ?? 0) - (ctx.w[r.start] ?? 0) + gaps * per;
}

const visible = (s: string): string => s.replace(/[\n\u00ad]/g, '');

function pieces(ctx: SetContext, r: LineRange, x: (pos: number) => number): Piece[] {
  const cuts = new Set<number>([r.start, r.contentEnd, ...r.gaps]);
  for (const s of ctx.p.spans) if (s.start > r.start && s.start < r.contentEnd) cuts.add(s.start);
  const sorted = [...cuts].filter((c) => c >= r.start && c <= r.contentEnd).sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i] ?? 0;
    const b = sorted[i + 1] ?? 0;
    const span = ctx.p.spans[spanAt(ctx.p, a)];
    const text = visible(ctx.p.text.slice(a, b));
    if (!span || text === '') continue;
    out.push({ x: x(a), text, style: span.style, width: (ctx.w[b] ?? 0) - (ctx.w[a] ?? 0) });
  }
  const tail = out.at(-1);
  if (r.hyphen && tail) {
    const hw = (ctx.faces[tail.style.face].advance('-') * tail.style.size) / 1000;
    out.push({ x: tail.x + tail.width, text: '-', style: tail.style, width: hw });
  }
  return out;
}

/** Typesets one line range: alignment, justification, highlights, links. */
export function setLine(
  ctx: SetContext,
  r: LineRange,
  avail: number,
  geometry: { left: number; height: number; baseline: number },
): Line {
  const per = stretch(ctx, r, avail);
  const list = pieces(ctx, r, (pos) => xAt(ctx, r, 0, per, pos));
  const natural = list.reduce((m, piece) => Math.max(m, piece.x + piece.width), 0);
  const shift = Math.max(0, ctx.align === 'right' ? avail - natural : ctx.align === 'center' ? (avail - natural) / 2 : 0);
  for (const piece of list) piece.x += shift;
  const x = (pos: number): number => xAt(ctx, r, shift, per, pos);
  const clip = (a: number, b: number): [number, number] | null => {
    const s = Math.max(a, r.start);
    const e = Math.min(b, r.contentEnd);
    return e > s ? [x(s), x(e)] : null;
  };
  const line: Line = { ...geometry, pieces: list, rects: [], links: [], anchors: [], pageMarks: [] };
  for (const h of ctx.p.highlights) {
    const c = clip(h.start, h.end);
    if (c) line.rects.push({ x0: c[0], x1: c[1], color: h.color });
  }
  for (const s of ctx.p.spans) {
    const c = s.link ? clip(s.start, s.end) : null;
    if (c && s.link) line.links.push({ x0: c[0], x1: c[1], dest: s.link });
  }
  return line;
}
