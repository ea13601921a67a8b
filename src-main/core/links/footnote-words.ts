import type { FoundLink } from './found-link';
import type { LinkContext, LinkDoc } from './link-finder';
import { resolveTarget } from './resolve-target';

/** Links for the page references in a document's footnotes that the editors did not encode (found by `footnote-cites.ts`). */
export function footnoteWordLinks(doc: LinkDoc, ctx: LinkContext): FoundLink[] {
  const home = doc.placement?.collection.id ?? null;
  return doc.inputs.footnoteCites.map((c): FoundLink => {
    const r = resolveTarget({ kind: 'page', volume: c.volume, page: c.page }, home, doc.id, ctx);
    return {
      start: c.start,
      end: c.end,
      text: c.text,
      basis: 'editorial',
      inFootnote: true,
      status: r.status,
      targets: r.targets,
      targetRef: c.volume ? `${c.volume}#pg_${c.page}` : `#pg_${c.page}`,
      ...(r.targetLabel ? { targetLabel: r.targetLabel } : {}),
      why: `${c.how} (written in words, not encoded): ${r.why}`,
    };
  });
}
