import type { Party } from '../../../src-shared/model/document';
import type { CitationFacts } from './facts';
import { bracket, commaJoin, isRange, pageNumbers, type Piece } from './format';
import type { PageRange } from './pages';

/** "The Ambassador in France" → "the Ambassador in France"; an office without article gets one. */
const withArticle = (role: string): string => (/^the\s/i.test(role) ? `the${role.slice(3)}` : `the ${role}`);

/** FRUS names people by office and surname: "the Ambassador in France (Caffery)". */
function partyText(p: Party): string {
  if (p.role) return `${withArticle(p.role)}${p.name ? ` (${p.name})` : ''}`;
  return p.name ?? '';
}

const parties = (side: { parties: Party[]; inferred: boolean }): string =>
  bracket(side.parties.map(partyText).filter(Boolean).join(' and '), side.inferred);

const capitalise = (s: string): string => s.replace(/^(\[?)(\p{L})/u, (_m, open: string, c: string) => open + c.toUpperCase());

/** "Telegram from the Ambassador in France (Caffery) to the Secretary of State"; the title when sender or kind is unknown. */
export function frusHeading(f: CitationFacts): string {
  if (!f.kind || !f.from) return f.title;
  const by = /memorandum|report/.test(f.kind) ? 'by' : 'from';
  return `${capitalise(f.kind)} ${by} ${parties(f.from)}${f.to ? ` to ${parties(f.to)}` : ''}`;
}

export const pagesPart = (pages: PageRange | null, style: 'chicago' | 'frus', prefixed: boolean): string | null => {
  if (!pages) return null;
  const n = pageNumbers(pages, style);
  return prefixed ? `${isRange(pages) ? 'pp.' : 'p.'} ${n}` : n;
};

/**
 * The State Department's own convention, as FRUS cross-references print it:
 * "Telegram from the Ambassador in France (Caffery) to the Secretary of State,
 * Paris, December 3, 1947, *Foreign Relations of the United States*, 1947,
 * vol. III, doc. 5, p. 811". Unknown parts are left out.
 */
export function frusCitation(f: CitationFacts): Piece[] {
  const e = f.edition;
  return commaJoin([
    [frusHeading(f)],
    f.place ? [f.place] : null,
    f.date ? [f.date] : null,
    e ? [{ italic: e.series }] : null,
    e?.year ? [e.year] : null,
    e?.part ? [e.part] : null,
    e?.volume ? [`vol. ${e.volume}`] : null,
    f.number ? [`doc. ${f.number}`] : null,
    [pagesPart(f.pages, 'frus', true) ?? ''],
    f.url ? [f.url] : null,
  ].map((p) => (p && p.every((x) => x !== '') ? p : null)));
}
