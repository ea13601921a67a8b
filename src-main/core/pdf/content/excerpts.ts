import { redactionsOf } from '../../../../src-shared/sources/apparatus';
import { isRange, pageNumbers } from '../../citations/format';
import { pageRange } from '../../citations/pages';
import type { Inline } from '../../../../src-shared/model/document';
import { runStarts } from '../../../../src-shared/text/layout';
import { paragraph } from '../layout/blocks';
import { COLORS, highlightColor, SIZES, style } from '../layout/style';
import type { PdfDocument } from '../types';
import { bodyCtx, label, text, type Composer } from './compose';

const INDENT = 16;

type PrintedHighlight = PdfDocument['highlights'][number];

/** One highlight as a quoted, tinted excerpt, its printed pages when known, then the user's comment. */
function excerpt(c: Composer, doc: PdfDocument, h: PrintedHighlight): void {
  // The citations module's reading of the edition's pages: an inferred page comes in [brackets].
  const pages = h.status === 'anchored' ? pageRange(doc.body, doc.placement, h.anchor.position) : null;
  const quote = `“${h.anchor.quote.exact.trim()}”`;
  const runs: Inline[] = [text(quote)];
  if (pages) runs.push(text(` (${isRange(pages) ? 'pp.' : 'p.'} ${pageNumbers(pages, 'frus')})`));
  const comment = h.comment?.trim() ?? '';
  const ctx = bodyCtx(c, { left: INDENT, width: c.geo.measure - INDENT, highlights: [{ start: 1, end: quote.length - 1, color: highlightColor(h.color) }], starts: runStarts(runs) });
  paragraph(ctx, runs, { look: { align: 'justify', indent: 0, before: 6, after: 2 }, keepWithNext: comment !== '' });
  if (comment) {
    const note = bodyCtx(c, { left: INDENT + 10, width: c.geo.measure - INDENT - 10, base: style('italic', SIZES.small.size + 0.5, COLORS.commentary), leading: 13 });
    paragraph(note, [text(comment)], { look: { align: 'left', indent: 0, before: 1, after: 4 } });
  }
}

const anchored = (doc: PdfDocument): PrintedHighlight[] =>
  doc.highlights.filter((h) => h.status === 'anchored').sort((a, b) => a.anchor.position.start - b.anchor.position.start);

export const orphaned = (doc: PdfDocument): PrintedHighlight[] => doc.highlights.filter((h) => h.status === 'orphaned');

/** The anchored highlights as body offsets and colours, for painting behind the text. */
export const paintedHighlights = (doc: PdfDocument) => [
  // Withheld or omitted text is set on a grey ground, as in the reader, so that it never reads as the document's words.
  ...redactionsOf(doc.meta, doc.body).filter((r) => r.footnote === undefined).map((r) => ({ start: r.start, end: r.end, color: REDACTION_GREY })),
  ...anchored(doc).map((h) => ({ start: h.anchor.position.start, end: h.anchor.position.end, color: highlightColor(h.color) })),
];

const REDACTION_GREY = [0.82, 0.82, 0.82] as const;

/** Highlights-only mode: each anchored highlight as an excerpt, in text order. `none` is told when there is nothing at all. */
export function excerpts(c: Composer, doc: PdfDocument, none: () => void): void {
  const placed = anchored(doc);
  if (placed.length === 0 && orphaned(doc).length > 0) return;
  label(c, 'Excerpts', COLORS.muted, {}, 14);
  if (placed.length === 0) {
    none();
    paragraph(bodyCtx(c), [text('No passages of this document are highlighted.', ['italic'])], { look: { align: 'left', indent: 0, before: 2, after: 4 } });
    return;
  }
  for (const h of placed) excerpt(c, doc, h);
}

/**
 * Full-text mode: the user's comments, each after the passage it was made on,
 * quoted with its pages, once the text is printed (the reader shows them in
 * the margin; print needs them where they can be read).
 */
export function commentedPassages(c: Composer, doc: PdfDocument): void {
  const withComment = anchored(doc).filter((h) => (h.comment?.trim() ?? '') !== '');
  if (withComment.length === 0) return;
  label(c, 'Comments on highlighted passages', COLORS.commentary, {}, 14);
  for (const h of withComment) excerpt(c, doc, h);
}

/**
 * Highlights whose text is no longer in the document (it was re-imported with
 * that passage changed): the reader keeps them as orphans, so the PDF lists
 * their quotes after the document rather than dropping them in silence.
 */
export function unplaced(c: Composer, doc: PdfDocument): void {
  const lost = orphaned(doc);
  if (lost.length === 0) return;
  label(c, 'Highlights that could not be placed', COLORS.muted, {}, 16);
  const why = 'Their text is no longer in this document as imported; each is printed as it was highlighted.';
  paragraph(bodyCtx(c, { base: style('italic', SIZES.small.size, COLORS.muted), leading: SIZES.small.leading }), [text(why)], {
    look: { align: 'left', indent: 0, before: 0, after: 2 },
    keepWithNext: true,
  });
  for (const h of lost) excerpt(c, doc, h);
}
