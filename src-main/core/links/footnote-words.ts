import type { FoundLink } from './found-link';
import { footnoteStarts } from './link-spans';
import type { LinkContext, LinkDoc } from './link-finder';
import { resolveTarget } from './resolve-target';
import { volumeId } from './volume-label';

interface Cited {
  start: number;
  end: number;
  volume: string | null;
  page: string;
  how: string;
}

/**
 * Page references the editors wrote in words. Only forms that can mean this
 * volume: "Ante, p. 5", "Post, p. 94", "See p. 431", "printed on p. 194",
 * a footnote that is only "p. 431"; and "Foreign Relations, 1924, vol. ii,
 * p. 64" for another volume. A bare "p. 29" after some other title (a
 * Command paper, the Official Journal) cites another book: never a link.
 */
const SAME_VOLUME: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:ante|post|supra|infra),?\s+pp?\.\s*(\d+)/gi, 'the editors\u2019 "ante/post" page reference'],
  [/\b(?:No\.\s*\d+,?\s+)?printed (?:on|at) pp?\.\s*(\d+)/gi, 'the editors\u2019 "printed on" page reference'],
  [/\bsee (?:also )?pp?\.\s*(\d+)/gi, 'the editors\u2019 "see p." reference'],
  [/^\s*pp?\.\s*(\d+)\.?\s*$/gi, 'a footnote that is only a page of this volume'],
];
const OTHER_VOLUME = /\bForeign Relations,?\s*(\d{4})(?:[–-]\d{2,4})?,?\s*(?:([A-Z][a-z]+(?: [A-Z][a-z]+)*),\s*)?(?:vol\.\s*([ivxlc]+|\d+),?\s*)?pp?\.\s*(\d+)/g;

function matches(text: string): Cited[] {
  const out: Cited[] = [];
  for (const m of text.matchAll(OTHER_VOLUME)) {
    const [whole, year, sub, vol, page] = m;
    if (year && page) out.push({ start: m.index, end: m.index + whole.length, volume: volumeId(year, sub, vol), page, how: 'the editors\u2019 citation of a Foreign Relations volume' });
  }
  for (const [re, how] of SAME_VOLUME) {
    for (const m of text.matchAll(re)) {
      const whole = m[0].trimEnd().replace(/\.$/, '');
      const lead = m[0].length - m[0].trimStart().length;
      if (m[1]) out.push({ start: m.index + lead, end: m.index + whole.length, volume: null, page: m[1], how });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/** Links for the page references in a document's footnotes that the editors did not encode. */
export function footnoteWordLinks(doc: LinkDoc, ctx: LinkContext, encoded: readonly FoundLink[]): FoundLink[] {
  const home = doc.placement?.collection.id ?? null;
  const taken: Array<{ start: number; end: number }> = encoded.filter((l) => l.inFootnote);
  const out: FoundLink[] = [];
  for (const note of footnoteStarts(doc)) {
    for (const c of matches(note.text)) {
      const span = { start: note.start + c.start, end: note.start + c.end };
      if (taken.some((t) => overlaps(t, span))) continue;
      taken.push(span);
      const r = resolveTarget({ kind: 'page', volume: c.volume, page: c.page }, home, doc.id, ctx);
      out.push({
        ...span,
        text: note.text.slice(c.start, c.end),
        basis: 'editorial',
        inFootnote: true,
        status: r.status,
        targets: r.targets,
        targetRef: c.volume ? `${c.volume}#pg_${c.page}` : `#pg_${c.page}`,
        ...(r.targetLabel ? { targetLabel: r.targetLabel } : {}),
        why: `${c.how} (written in words, not encoded): ${r.why}`,
      });
    }
  }
  return out;
}
