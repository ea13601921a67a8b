import { isRange, pageNumbers } from '../../citations/format';
import { pageRange } from '../../citations/pages';
import type { Inline } from '../../../../src-shared/model/document';
import { runStarts } from '../../../../src-shared/text/layout';
import { paragraph } from '../layout/blocks';
import { COLORS, highlightColor, SIZES, style } from '../layout/style';
import type { PdfDocument } from '../types';
import { bodyCtx, label, text, type Composer } from './compose';

const INDENT = 16;

/** Highlights-only mode: each highlight as a quoted excerpt with its printed page, then the user's comment. */
export function excerpts(c: Composer, doc: PdfDocument, none: () => void): void {
  label(c, 'Excerpts', COLORS.muted, {}, 14);
  if (doc.highlights.length === 0) {
    none();
    paragraph(bodyCtx(c), [text('No passages of this document are highlighted.', ['italic'])], { look: { align: 'left', indent: 0, before: 2, after: 4 } });
    return;
  }
  for (const h of doc.highlights) {
    // The citations module's reading of the edition's pages: an inferred page comes in [brackets].
    const pages = h.start >= 0 ? pageRange(doc.body, doc.placement, { start: h.start, end: h.end }) : null;
    const quote = `“${h.exact.trim()}”`;
    const runs: Inline[] = [text(quote)];
    if (pages) runs.push(text(` (${isRange(pages) ? 'pp.' : 'p.'} ${pageNumbers(pages, 'frus')})`));
    const ctx = bodyCtx(c, { left: INDENT, width: c.geo.measure - INDENT, highlights: [{ start: 1, end: quote.length - 1, color: highlightColor(h.color) }], starts: runStarts(runs) });
    paragraph(ctx, runs, { look: { align: 'justify', indent: 0, before: 6, after: 2 }, keepWithNext: h.comment.trim() !== '' });
    if (h.comment.trim()) {
      const note = bodyCtx(c, { left: INDENT + 10, width: c.geo.measure - INDENT - 10, base: style('italic', SIZES.small.size + 0.5, COLORS.commentary), leading: 13 });
      paragraph(note, [text(h.comment.trim())], { look: { align: 'left', indent: 0, before: 1, after: 4 } });
    }
  }
}
