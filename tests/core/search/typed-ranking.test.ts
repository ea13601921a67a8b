import { describe, expect, it } from 'vitest';
import { corpusLibrary, SEARCH_MODES } from './corpus-library';

/**
 * The first letter of a new word tells nothing of relevance: the documents
 * found keep the order they had before it was typed (among those holding a
 * word starting so), rather than being ranked by FTS5's BM25 of every word
 * starting with that letter and by how close each stands to a word "m".
 */
describe.each(SEARCH_MODES)('a word begun, one letter typed ($mode)', ({ termsFrom }) => {
  const lib = corpusLibrary({ termsFrom });

  it('leaves the order of the words before it as it was', () => {
    const core = lib.core();
    const ids = (query: string): number[] => core.search.search({ query, limit: 200, scope: 'documents' }).hits.map((h) => h.id);
    const begun = ids('Managua Nicaragua m');
    const holdingM = new Set(begun);
    expect(begun.length).toBeGreaterThan(20);
    expect(begun).toEqual(ids('Managua Nicaragua ').filter((id) => holdingM.has(id)));
  });
});
