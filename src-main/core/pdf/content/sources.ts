import type { Inline } from '../../../../src-shared/model/document';
import { paragraph } from '../layout/blocks';
import { style } from '../layout/style';
import { bodyCtx, text, type Composer } from './compose';

/** The closing list of sources: every document's full citation, numbered as in the contents. */
export function sources(c: Composer, citations: ReadonlyArray<{ n: number; citation: Inline[]; title: string }>): void {
  if (citations.length === 0) return;
  c.flow.breakPage();
  paragraph(bodyCtx(c, { base: style('bold', 16), leading: 20 }), [text('Sources')], {
    look: { align: 'left', indent: 0, before: 0, after: 12 },
    keepWithNext: true,
    decorate: (ls) => ls[0]?.anchors.push('sources'),
  });
  const indent = 24;
  const ctx = bodyCtx(c, { left: indent, width: c.geo.measure - indent, base: style('regular', 9.5), leading: 13 });
  for (const s of citations) {
    const runs = s.citation.length > 0 ? s.citation : [text(s.title)];
    paragraph(ctx, runs, { look: { align: 'left', indent: 0, before: 0, after: 5 }, label: { text: `${s.n}.`, style: ctx.base, gap: 6, link: `doc:${s.n}` } });
  }
}
