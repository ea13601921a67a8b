import type { DocTitles, TitleRow } from '../library/doc-titles';
import { titleKey } from '../../../src-shared/notes/note-links';
import { foldedWords } from '../../../src-shared/text/fold';
import type { SearchIndex } from './search-index';

/**
 * Titles looked up through the in-memory title index: resolving `[[Title]]`
 * links, folded for case and diacritics (the `[[` autocomplete is doc-suggest.ts).
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
      const want = titleKey(title);
      return titles.of(candidates(foldedWords(title))).filter((r) => titleKey(r.title) === want);
    },
  };
}

export type TitleLookup = ReturnType<typeof createTitleLookup>;
