import type { Block, Inline, ParagraphRole } from '../../../../src-shared/model/document';
import { inlineText } from '../../../../src-shared/text/plain-text';
import { addInlines, mapHighlights, type NoteLinks, type OffsetMap } from './inlines';
import { ParaBuilder } from './para';
import { typesetParagraph, type HangingLabel, type LayoutEnv, type ParaFormat } from './paragraph';
import type { Align } from './set-line';
import { COLORS, SIZES, style, type Rgb, type TextStyle } from './style';
import { tableBlocks } from './table';
import type { FlowBlock, Line } from './types';

/** Everything a run of blocks is set with. */
export interface BlockCtx {
  env: LayoutEnv;
  left: number;
  width: number;
  /** Base text style (source text or the user's commentary). */
  base: TextStyle;
  leading: number;
  notes?: NoteLinks;
  /** Highlights over body offsets; only runs with a start in `starts` have offsets. */
  highlights?: ReadonlyArray<{ start: number; end: number; color: Rgb }>;
  /** Where the runs highlights are measured against start (the body's `textLayout`). */
  starts?: WeakMap<Inline, number>;
  bar?: { x: number; color: Rgb };
  /** Paragraphs separated by space, not indented: the user's Markdown, set apart from the sources. */
  spaced?: boolean;
  emit(block: FlowBlock): void;
  /** Printed-page breaks met between blocks, shown on the next line set. */
  pendingPages: string[];
}

interface Look {
  align: Align;
  indent: number;
  before: number;
  after: number;
  small?: boolean;
  italic?: boolean;
}

const EM = SIZES.body.size;
const LOOKS: Record<ParagraphRole | 'body', Look> = {
  body: { align: 'justify', indent: 1.25 * EM, before: 0, after: 2 },
  dateline: { align: 'right', indent: 0, before: 2, after: 8 },
  signature: { align: 'right', indent: 0, before: 4, after: 6 },
  closer: { align: 'left', indent: 1.25 * EM, before: 2, after: 2 },
  salute: { align: 'left', indent: 0, before: 2, after: 4 },
  opener: { align: 'left', indent: 0, before: 2, after: 4 },
  address: { align: 'left', indent: 0, before: 2, after: 6 },
  postscript: { align: 'justify', indent: 1.25 * EM, before: 6, after: 2 },
  sourceNote: { align: 'left', indent: 0, before: 0, after: 6, small: true, italic: true },
};

const SPACED: Look = { align: 'justify', indent: 0, before: 0, after: 5 };

export interface ParaOptions {
  look?: Partial<Look>;
  label?: HangingLabel;
  keepWithNext?: boolean;
  keepTogether?: boolean;
  /** Adjusts the lines (anchors, links, rules) before the paginator sees them. */
  decorate?: (lines: Line[]) => void;
}

/** Sets one paragraph of inline runs and hands it to the paginator. */
export function paragraph(ctx: BlockCtx, runs: readonly Inline[], opts: ParaOptions = {}): Line[] {
  const look = { ...(ctx.spaced ? SPACED : LOOKS.body), ...opts.look };
  const size = look.small ? SIZES.small : { size: ctx.base.size, leading: ctx.leading };
  const base = style(look.italic ? 'italic' : ctx.base.face, size.size, look.small ? COLORS.muted : ctx.base.color);
  const b = new ParaBuilder(ctx.env.faces, ctx.env.missing);
  for (const n of ctx.pendingPages.splice(0)) b.page(n);
  const offsets: OffsetMap = [];
  addInlines({ b, base, offsets, ...(ctx.notes ? { notes: ctx.notes } : {}), ...(ctx.starts ? { starts: ctx.starts } : {}) }, runs);
  if (ctx.highlights) mapHighlights(b, offsets, ctx.highlights);
  const fmt: ParaFormat = {
    width: ctx.width,
    left: ctx.left,
    firstIndent: look.indent,
    align: look.align,
    size: size.size,
    leading: size.leading,
    ...(opts.label ? { label: opts.label } : {}),
    ...(ctx.bar ? { bar: ctx.bar } : {}),
  };
  const lines = typesetParagraph(b.build(), fmt, ctx.env);
  opts.decorate?.(lines);
  ctx.emit({ lines, spaceBefore: look.before, spaceAfter: look.after, keepWithNext: opts.keepWithNext ?? false, keepTogether: opts.keepTogether ?? false });
  return lines;
}

const HEADING_SIZES = [13, 11.5, 10.5];

function heading(ctx: BlockCtx, level: number, runs: readonly Inline[]): void {
  const size = HEADING_SIZES[Math.min(level, 3) - 1] ?? 10.5;
  const sub: BlockCtx = { ...ctx, base: style(level >= 3 ? 'boldItalic' : 'bold', size, ctx.base.color), leading: size * 1.3 };
  paragraph(sub, runs, { look: { align: 'left', indent: 0, before: 10, after: 4 }, keepWithNext: true });
}

function list(ctx: BlockCtx, block: Extract<Block, { t: 'list' }>): void {
  const indent = 1.6 * EM;
  const sub: BlockCtx = { ...ctx, left: ctx.left + indent, width: ctx.width - indent };
  block.items.forEach((item, i) => {
    // A printed label is part of the item's text: a bullet before it would print "• 1.".
    const label: HangingLabel | undefined = block.labelled ? undefined : { text: block.ordered ? `${i + 1}.` : '•', style: ctx.base, gap: 5 };
    paragraph(sub, item, { look: { indent: 0, before: i === 0 ? 3 : 0, after: 2 }, ...(label ? { label } : {}) });
  });
}

const SECTION_LABELS = { attachment: 'Attachment', enclosure: 'Enclosure', postscript: 'Postscript' } as const;

function section(ctx: BlockCtx, block: Extract<Block, { t: 'section' }>): void {
  const labelStyle = style('smallcaps', SIZES.body.size, COLORS.muted);
  const label: BlockCtx = { ...ctx, base: labelStyle };
  paragraph(label, [{ t: 'text', text: SECTION_LABELS[block.kind] }], {
    look: { align: 'center', indent: 0, before: 16, after: 6 },
    keepWithNext: true,
    decorate: (lines) => {
      const first = lines[0];
      if (first) first.rule = { x0: ctx.width * 0.35, x1: ctx.width * 0.65, at: 'above', color: COLORS.rule };
    },
  });
  if (block.title && inlineText(block.title)) heading(ctx, 3, block.title);
  blocks(ctx, block.blocks);
}

function block(ctx: BlockCtx, b: Block): void {
  switch (b.t) {
    case 'paragraph':
      return void paragraph(ctx, b.runs, b.role ? { look: LOOKS[b.role] } : {});
    case 'heading':
      return heading(ctx, b.level, b.runs);
    case 'page':
      return void ctx.pendingPages.push(b.n);
    case 'list':
      return list(ctx, b);
    case 'table':
      return tableBlocks(ctx, b.rows);
    case 'quote':
      return blocks({ ...ctx, left: ctx.left + 1.6 * EM, width: ctx.width - 3.2 * EM }, b.blocks);
    case 'section':
      return section(ctx, b);
    case 'embedded':
      return void paragraph(ctx, [{ t: 'text', text: `[${b.title} — printed as a separate document]`, marks: ['italic'] }], {
        look: { align: 'left', indent: 0, before: 4, after: 4 },
      });
  }
}

/**
 * Sets a run of blocks. Highlights find their characters through `ctx.starts`
 * (the body's text layout), so no offset is counted here.
 */
export function blocks(ctx: BlockCtx, list: readonly Block[]): void {
  for (const b of list) block(ctx, b);
}
