import type { DocSuggestion } from '../../contract/views';
import type { DocTitles, TitleRow } from '../library/doc-titles';
import { foldTerm, queryTerms } from './fold';
import type { SearchIndex } from './search-index';

const MAX_CANDIDATES = 5000;
const folded = (s: string): string => foldTerm(s).replace(/\s+/g, ' ').trim();

/**
 * Titles looked up through the in-memory title index: `[[` autocomplete and
 * resolving `[[Title]]` links, both folded for case and diacritics.
 */
export function createTitleLookup({ index, titles }: { index: SearchIndex; titles: DocTitles }) {
  /** Ids whose title has a word starting with every term, in the index's order for the first term. */
  const candidates = (terms: readonly string[]): number[] => {
    const [first, ...rest] = terms;
    if (first === undefined) return [];
    let ids = index.lookup('title', first);
    for (const term of rest) {
      const next = new Set(index.lookup('title', term));
      ids = ids.filter((id) => next.has(id));
    }
    return ids;
  };

  return {
    /** Documents whose folded title equals `title` (a `[[Title]]` link resolves only when there is one). */
    withTitle(title: string): TitleRow[] {
      const want = folded(title);
      return titles.of(candidates(queryTerms(title))).filter((r) => folded(r.title) === want);
    },
    /** Up to `limit` documents for the `[[` autocomplete: titles starting with the prefix first, then by date. */
    suggest(prefix: string, limit = 20): DocSuggestion[] {
      const terms = queryTerms(prefix);
      if (terms.length === 0) return [];
      const want = folded(prefix);
      // A one-letter prefix can match every title; a few thousand candidates are plenty to rank.
      const rows = titles.of(candidates(terms).slice(0, MAX_CANDIDATES));
      const starts = (r: TitleRow): number => (folded(r.title).startsWith(want) ? 0 : 1);
      rows.sort((a, b) => starts(a) - starts(b) || (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id - b.id);
      return rows.slice(0, limit).map((r) => ({ id: r.id, title: r.title, date: r.date }));
    },
  };
}

export type TitleLookup = ReturnType<typeof createTitleLookup>;
