import { paragraph } from '../layout/blocks';
import { COLORS, SIZES, style } from '../layout/style';
import type { FlowBlock, Line } from '../layout/types';
import { bodyCtx, text, type Composer } from './compose';

export interface ContentsEntry {
  title: string;
  /** Date and sender, set small under the title. */
  detail: string;
  dest: string;
  /** Label hung before the title ("12."), or none. */
  number?: string;
}

const INDENT = 24;
/** Room kept at the right for page numbers. */
const FOLIO = 38;

/**
 * The contents: every line of an entry links to it; page numbers are filled in
 * when the whole dossier has been laid out (the writer defers these pages).
 */
export function contents(c: Composer, entries: readonly ContentsEntry[]): void {
  c.flow.breakPage();
  const heading = bodyCtx(c, { base: style('bold', 16), leading: 20 });
  paragraph(heading, [text('Contents')], { look: { align: 'left', indent: 0, before: 0, after: 14 }, keepWithNext: true, decorate: (ls) => ls[0]?.anchors.push('contents') });
  const titleStyle = style('regular', SIZES.body.size);
  const detailStyle = style('regular', SIZES.small.size, COLORS.muted);
  for (const e of entries) {
    const captured: FlowBlock[] = [];
    const ctx = bodyCtx(c, { left: INDENT, width: c.geo.measure - INDENT - FOLIO, emit: (b) => captured.push(b) });
    const linkAll = (ls: Line[]): void => {
      for (const l of ls) l.links.push({ x0: -INDENT, x1: c.geo.measure - INDENT, dest: e.dest });
    };
    paragraph({ ...ctx, base: titleStyle }, [text(e.title)], {
      look: { align: 'left', indent: 0, before: 5, after: 0 },
      ...(e.number ? { label: { text: e.number, style: titleStyle, gap: 6 } } : {}),
      keepWithNext: true,
      decorate: (ls) => {
        const first = ls[0];
        if (first) first.refs = [{ dest: e.dest, xRight: c.geo.measure - INDENT, style: titleStyle }];
        linkAll(ls);
      },
    });
    if (e.detail) {
      paragraph({ ...ctx, base: detailStyle, leading: SIZES.small.leading }, [text(e.detail)], { look: { align: 'left', indent: 0, before: 0, after: 0 }, decorate: linkAll });
    }
    for (const b of captured) c.flow.add(b);
  }
}
