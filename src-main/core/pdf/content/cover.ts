import { COLORS, SIZES, style } from '../layout/style';
import { emptyLine } from '../layout/types';
import { label, line, markdown, spacer, text, type Composer } from './compose';

export interface CoverFacts {
  title: string;
  author: string;
  /** "Compiled November 23, 2026". */
  date: string;
  documents: number;
}

/** Title page: title, author, date, count, a short rule, then the introduction (which may run on). */
export function cover(c: Composer, f: CoverFacts, introduction: string): void {
  const center = { look: { align: 'center' as const } };
  spacer(c, c.geo.body * 0.2);
  line(c, [text(f.title)], style('bold', 24), 30, { ...center, decorate: (ls) => ls[0]?.anchors.push('cover') });
  spacer(c, 14);
  if (f.author.trim()) line(c, [text(f.author.trim())], style('italic', 13), 18, center);
  line(c, [text(f.date)], style('regular', SIZES.body.size, COLORS.muted), SIZES.body.leading, { look: { align: 'center', before: 6 } });
  const count = f.documents === 0 ? 'No documents' : f.documents === 1 ? '1 document' : `${f.documents} documents`;
  line(c, [text(count)], style('regular', SIZES.body.size, COLORS.muted), SIZES.body.leading, center);
  const rule = emptyLine(30);
  rule.rule = { x0: c.geo.measure * 0.42, x1: c.geo.measure * 0.58, at: 'below', color: COLORS.rule };
  c.flow.add({ lines: [rule], spaceBefore: 0, spaceAfter: 10 });
  if (f.documents === 0) {
    line(c, [text('This dossier is empty: add documents to it, then export again.', ['italic'])], style('regular', SIZES.body.size, COLORS.muted), SIZES.body.leading, {
      look: { align: 'center', before: 12, after: 12 },
    });
  }
  if (introduction.trim()) {
    label(c, 'Introduction', COLORS.muted, {}, 18);
    markdown(c, introduction);
  }
}
