import { blocks, paragraph, type BlockCtx, type ParaOptions } from '../layout/blocks';
import type { Inline, Mark } from '../../../../src-shared/model/document';
import type { Paginator } from '../layout/paginate';
import type { LayoutEnv } from '../layout/paragraph';
import { COLORS, SIZES, style, type Rgb, type TextStyle } from '../layout/style';
import type { FlowBlock } from '../layout/types';
import { emptyLine } from '../layout/types';
import type { Geometry } from '../render/geometry';
import { markdownToBlocks } from './markdown';

/** What every part of the dossier is composed with. */
export interface Composer {
  env: LayoutEnv;
  geo: Geometry;
  flow: Paginator;
}

/** A block context over the full measure, in body text, feeding the paginator. */
export function bodyCtx(c: Composer, over: Partial<BlockCtx> = {}): BlockCtx {
  return {
    env: c.env,
    left: 0,
    width: c.geo.measure,
    base: style('regular', SIZES.body.size),
    leading: SIZES.body.leading,
    emit: (b: FlowBlock) => c.flow.add(b),
    pendingPages: [],
    ...over,
  };
}

export const text = (t: string, marks?: Mark[]): Inline => (marks ? { t: 'text', text: t, marks } : { t: 'text', text: t });

/** One paragraph in a given style. */
export function line(c: Composer, runs: readonly Inline[], s: TextStyle, leading: number, opts: ParaOptions = {}, over: Partial<BlockCtx> = {}): void {
  const look = { align: 'left' as const, indent: 0, before: 0, after: 0, ...opts.look };
  paragraph(bodyCtx(c, { base: s, leading, ...over }), runs, { ...opts, look });
}

/** Vertical space that survives at the top of a page (unlike spacing, which collapses there). */
export function spacer(c: Composer, height: number, breakBefore = false): void {
  c.flow.add({ lines: [emptyLine(height)], spaceBefore: 0, spaceAfter: 0, breakBefore });
}

/** A small-capital label ("Commentary", "Notes") kept with what follows. */
export function label(c: Composer, t: string, color: Rgb = COLORS.muted, over: Partial<BlockCtx> = {}, before = 12): void {
  line(c, [text(t)], style('smallcaps', SIZES.body.size, color), SIZES.body.leading, { look: { before, after: 3 }, keepWithNext: true }, over);
}

/** The user's Markdown set as body blocks. */
export function markdown(c: Composer, md: string, over: Partial<BlockCtx> = {}): void {
  blocks(bodyCtx(c, { spaced: true, ...over }), markdownToBlocks(md));
}
