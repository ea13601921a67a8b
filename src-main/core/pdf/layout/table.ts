import type { Inline } from '../../../../src-shared/model/document';
import { inlineText } from '../../../../src-shared/text/plain-text';
import { paragraph, type BlockCtx } from './blocks';
import { COLORS, SIZES, style } from './style';
import type { FlowBlock, Line } from './types';

const GAP = 8;

/** Sets a cell off-stage (captured, not emitted) and returns its lines. */
function cellLines(ctx: BlockCtx, cell: readonly Inline[], width: number): Line[] {
  let out: Line[] = [];
  const sub: BlockCtx = {
    ...ctx,
    left: 0,
    width,
    base: style('regular', SIZES.small.size, ctx.base.color),
    leading: SIZES.small.leading,
    emit: (b) => (out = b.lines),
    pendingPages: [],
  };
  paragraph(sub, cell, { look: { align: 'left', indent: 0, before: 0, after: 0 } });
  return out;
}

/** Natural (one-line) and minimal (longest word) width of each column. */
function columnExtents(ctx: BlockCtx, rows: readonly Inline[][][]): { natural: number[]; least: number[] } {
  const cols = rows.reduce((n, r) => Math.max(n, r.length), 0);
  const face = ctx.env.faces.regular;
  const k = SIZES.small.size / 1000;
  const natural: number[] = Array.from({ length: cols }, () => 4);
  const least: number[] = Array.from({ length: cols }, () => 4);
  // Measured only: highlights are placed when the cells are set for real.
  const measure: BlockCtx = { ...ctx, highlights: undefined };
  for (const row of rows) {
    row.forEach((cell, c) => {
      const line = cellLines(measure, cell, 1e6)[0];
      const w = line ? line.pieces.reduce((e, p) => Math.max(e, p.x + p.width), 0) : 0;
      natural[c] = Math.max(natural[c] ?? 0, w);
      const word = inlineText(cell).split(/\s+/).reduce((m, t) => Math.max(m, face.advance(t) * k), 0);
      least[c] = Math.max(least[c] ?? 0, word);
    });
  }
  return { natural, least };
}

/**
 * Column widths, as browsers lay out automatic tables: narrow columns (dates,
 * sums) get their whole width first; the wide ones share the rest by natural
 * width, never below their longest word when that can be helped.
 */
function columnWidths(ctx: BlockCtx, rows: readonly Inline[][][]): number[] {
  const { natural, least } = columnExtents(ctx, rows);
  const widths = natural.map(() => 0);
  let room = ctx.width - GAP * (natural.length - 1);
  let open = natural.map((_, c) => c);
  for (;;) {
    const fair = room / Math.max(1, open.length);
    const narrow = open.filter((c) => (natural[c] ?? 0) <= fair);
    if (narrow.length === 0) break;
    for (const c of narrow) {
      widths[c] = natural[c] ?? 0;
      room -= widths[c] ?? 0;
    }
    open = open.filter((c) => !narrow.includes(c));
  }
  const total = open.reduce((t, c) => t + (natural[c] ?? 0), 0);
  for (const c of open) widths[c] = Math.max(least[c] ?? 0, (room * (natural[c] ?? 0)) / total);
  const used = open.reduce((t, c) => t + (widths[c] ?? 0), 0);
  if (used > room) for (const c of open) widths[c] = ((widths[c] ?? 0) * room) / used;
  return widths;
}

/** Lays the cells of one row side by side, line by line. */
function rowLines(ctx: BlockCtx, row: readonly Inline[][], widths: number[]): Line[] {
  let x = 0;
  const cells = row.map((cell, c) => {
    const at = x;
    const width = widths[c] ?? 0;
    x += width + GAP;
    return { at, lines: cellLines(ctx, cell, width) };
  });
  const height = cells.reduce((n, c) => Math.max(n, c.lines.length), 1);
  return Array.from({ length: height }, (_, i) => {
    const merged: Line = { left: ctx.left, height: SIZES.small.leading, baseline: cells[0]?.lines[0]?.baseline ?? 9, pieces: [], rects: [], links: [], anchors: [], pageMarks: [] };
    for (const { at, lines } of cells) {
      const l = lines[i];
      if (!l) continue;
      const dx = at + l.left;
      merged.pieces.push(...l.pieces.map((p) => ({ ...p, x: p.x + dx })));
      merged.rects.push(...l.rects.map((r) => ({ ...r, x0: r.x0 + dx, x1: r.x1 + dx })));
      merged.links.push(...l.links.map((r) => ({ ...r, x0: r.x0 + dx, x1: r.x1 + dx })));
      merged.anchors.push(...l.anchors);
      merged.pageMarks.push(...l.pageMarks);
    }
    return merged;
  });
}

/** A table: rows never split across pages; rules above, under the first row, and below. */
export function tableBlocks(ctx: BlockCtx, rows: readonly Inline[][][]): void {
  if (rows.length === 0) return;
  const widths = columnWidths(ctx, rows);
  const pages = ctx.pendingPages.splice(0);
  rows.forEach((row, r) => {
    const lines = rowLines(ctx, row, widths);
    const first = lines[0];
    const last = lines.at(-1);
    if (first && r === 0) {
      first.rule = { x0: 0, x1: ctx.width, at: 'above', color: COLORS.rule };
      first.pageMarks.push(...pages);
    }
    if (last && (r === 0 || r === rows.length - 1) && rows.length > 1) last.rule = { x0: 0, x1: ctx.width, at: 'below', color: COLORS.rule };
    const block: FlowBlock = { lines, spaceBefore: r === 0 ? 6 : 2, spaceAfter: r === rows.length - 1 ? 6 : 2, keepTogether: true };
    ctx.emit(block);
  });
}
