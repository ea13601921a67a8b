import { walkText } from '../../../src-shared/text/walk';
import { parseTarget } from './editorial-targets';
import { encodedSpans } from './link-spans';
import type { FoundLink } from './found-link';
import { footnoteWordLinks } from './footnote-words';
import type { LinkContext, LinkDoc, LinkFinder } from './link-finder';
import { resolveTarget } from './resolve-target';

/** The text a span covers, from the walker's text. */
function fullText(doc: LinkDoc): string {
  let out = '';
  walkText(doc.body, { text: (s) => (out += s) }, { footnotes: true });
  return out;
}

function encoded(doc: LinkDoc, ctx: LinkContext, text: string): FoundLink[] {
  const home = doc.placement?.collection.id ?? null;
  const links: FoundLink[] = [];
  for (const span of encodedSpans(doc)) {
    const parsed = parseTarget(span.target);
    if (parsed === null || span.end === span.start) continue;
    const r = resolveTarget(parsed, home, doc.id, ctx);
    links.push({
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
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
export const editorialFinder: LinkFinder = (doc, ctx) => {
  const text = fullText(doc);
  const links = encoded(doc, ctx, text);
  const words = footnoteWordLinks(doc, ctx, links);
  return [...links, ...words].sort((a, b) => a.start - b.start);
};
