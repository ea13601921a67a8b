import { describe, expect, it } from 'vitest';
import { corpusLibrary } from './corpus-library';

describe('snippets show what matched', () => {
  const lib = corpusLibrary();
  const marked = (s: { text: string; highlights: Array<[number, number]> }): string[] => s.highlights.map(([a, b]) => s.text.slice(a, b));
  it('a phrase query: the snippet holds the phrase, highlighted as one unit', () => {
    const res = lib.core().search.search({ query: '"guaranties of punishment"', limit: 5 });
    expect(res.total).toBeGreaterThan(0);
    for (const h of res.hits) console.log(JSON.stringify(h.snippet), marked(h.snippet));
    const first = res.hits[0];
    if (!first) throw new Error('no hit');
    expect(marked(first.snippet)).toEqual(['guaranties of punishment']);
  });
});
