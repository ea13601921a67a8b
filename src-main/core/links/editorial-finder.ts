import { parseTarget } from './editorial-targets';
import type { FoundLink } from './found-link';
import { footnoteWordLinks } from './footnote-words';
import type { LinkContext, LinkDoc, LinkFinder } from './link-finder';
import { resolveTarget } from './resolve-target';

function encoded(doc: LinkDoc, ctx: LinkContext): FoundLink[] {
  const home = doc.placement?.collection.id ?? null;
  const links: FoundLink[] = [];
  for (const span of doc.inputs.encoded) {
    const parsed = parseTarget(span.target);
    if (parsed === null) continue;
    const r = resolveTarget(parsed, home, doc.id, ctx);
    links.push({
      start: span.start,
      end: span.end,
      text: span.text,
      basis: 'editorial',
      inFootnote: span.inFootnote,
      status: r.status,
      targets: r.targets,
      targetRef: span.target.startsWith('#') || span.target.startsWith('frus') ? span.target : `#${span.target}`,
      ...(r.targetLabel ? { targetLabel: r.targetLabel } : {}),
      why: r.why,
    });
  }
  return links;
}

/**
 * The editorial finder: every link the editors encoded, and the references
 * they wrote only in words in their footnotes ("*Ante*, p. 5").
 */
export const editorialFinder: LinkFinder = (doc, ctx) => [...encoded(doc, ctx), ...footnoteWordLinks(doc, ctx)].sort((a, b) => a.start - b.start);
