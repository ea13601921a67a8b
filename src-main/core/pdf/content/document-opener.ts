import type { Inline } from '../../../../src-shared/model/document';
import { paragraph } from '../layout/blocks';
import { COLORS, SIZES, style } from '../layout/style';
import { emptyLine } from '../layout/types';
import type { PdfDocument } from '../types';
import { bodyCtx, text, type Composer } from './compose';
import { metaRows } from './meta-rows';

const LABEL_COLUMN = 74;

/**
 * "Document 3 of 12", the title, the metadata rows and the full citation,
 * kept together and with the first lines of the text.
 */
export function documentOpener(c: Composer, doc: PdfDocument, n: number, total: number, dest: string): void {
  const small = SIZES.small;
  c.flow.breakPage();
  const kicker = bodyCtx(c, { base: style('smallcaps', small.size, COLORS.muted), leading: small.leading });
  paragraph(kicker, [text(`Document ${n} of ${total}`)], {
    look: { align: 'left', indent: 0, before: 0, after: 4 },
    keepWithNext: true,
    decorate: (ls) => ls[0]?.anchors.push(dest),
  });
  paragraph(bodyCtx(c, { base: style('bold', 14), leading: 18 }), [text(doc.meta.title.value)], { look: { align: 'left', indent: 0, before: 0, after: 10 }, keepWithNext: true });
  const rowCtx = bodyCtx(c, { left: LABEL_COLUMN, width: c.geo.measure - LABEL_COLUMN, base: style('regular', small.size), leading: small.leading });
  const labelStyle = style('smallcaps', small.size, COLORS.muted);
  for (const row of metaRows(doc.meta)) {
    const runs: Inline[] = [text(row.value)];
    if (row.note) runs.push(text(` (${row.note})`, ['italic']));
    paragraph(rowCtx, runs, { look: { align: 'left', indent: 0, before: 0, after: 1 }, label: { text: row.label.toLowerCase(), style: labelStyle, gap: 0, at: -LABEL_COLUMN }, keepWithNext: true });
  }
  if (doc.citation.length > 0) {
    paragraph(rowCtx, doc.citation, { look: { align: 'left', indent: 0, before: 5, after: 1 }, label: { text: 'cite as', style: labelStyle, gap: 0, at: -LABEL_COLUMN }, keepWithNext: true });
  }
  const rule = emptyLine(14);
  rule.rule = { x0: 0, x1: c.geo.measure, at: 'below', color: COLORS.rule };
  c.flow.add({ lines: [rule], spaceBefore: 0, spaceAfter: 8, keepWithNext: true });
}
