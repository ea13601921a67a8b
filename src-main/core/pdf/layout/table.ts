import type { Inline } from '../../model/document';
import { inlineText } from '../../model/plain-text';
import { paragraph, partOffsets, type BlockCtx } from './blocks';
import { COLORS, SIZES, style } from './style';
import type { FlowBlock, Line } from './types';

const GAP = 8;

/** Sets a cell off-stage (captured, not emitted) and returns its lines. */
function cellLines(ctx: BlockCtx, cell: readonly Inline[], width: number, offset: number | null): Line[] {
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
  paragraph(sub, cell, { look: { align: 'left', indent: 0, before: 0, after: 0 }, offset });
  return out;
}

/** Column widths: natural widths when they fit, else shares of the measure by natural width. */
function columnWidths(ctx: BlockCtx, rows: readonly Inline[][][]): number[] {
  const cols = rows.reduce((n, r) => Math.max(n, r.length), 0);
  const natural = Array.from({ length: cols }, (_, c) =>
    rows.reduce((m, r) => {
      const cell = r[c];
      const line = cell ? cellLines(ctx, cell, 1e6, null)[0] : undefined;
      const w = line ? line.pieces.reduce((e, p) => Math.max(e, p.x + p.width), 0) : 0;
      return Math.max(m, w);
    }, 4),
  );
  const avail = ctx.width - GAP * (cols - 1);
  const total = natural.reduce((a, b) => a + b, 0);
  if (total <= avail) return natural;
  const floor = avail / (cols * 3);
  const shares = natural.map((n) => Math.max(floor, (avail * n) / total));
  const scale = avail / shares.reduce((a, b) => a + b, 0);
  return shares.map((s) => s * scale);
}

/** Lays the cells of one row side by side, line by line. */
function rowLines(ctx: BlockCtx, row: readonly Inline[][], widths: number[], offset: number | null): Line[] {
  const offsets = partOffsets(offset, row.map((c) => inlineText(c).length), 1);
  let x = 0;
  const cells = row.map((cell, c) => {
    const at = x;
    const width = widths[c] ?? 0;
    x += width + GAP;
    return { at, lines: cellLines(ctx, cell, width, offsets[c] ?? null) };
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
export function tableBlocks(ctx: BlockCtx, rows: readonly Inline[][][], offset: number | null): void {
  if (rows.length === 0) return;
  const widths = columnWidths(ctx, rows);
  const rowOffsets = partOffsets(offset, rows.map((r) => r.map(inlineText).join('\t').length), 1);
  const pages = ctx.pendingPages.splice(0);
  rows.forEach((row, r) => {
    const lines = rowLines(ctx, row, widths, rowOffsets[r] ?? null);
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
