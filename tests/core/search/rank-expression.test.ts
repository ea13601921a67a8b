import { describe, expect, it } from 'vitest';
import { rankExpression, unranked, type PrefixWords } from '../../../src-main/core/search/fts-query';
import { parseQuery } from '../../../src-main/core/search/query-parser';
import { rankedPrefixWords } from '../../../src-main/core/search/prefix-words';
import { termOf } from '../../../src-main/core/search/terms';

/** A library of 1,000 documents: what each word being typed stands for, and how many documents hold each stem. */
const STANDS_FOR: Record<string, string[] | null> = {
  adding: ['adding'],
  offi: ['officers', 'officials', 'offing'],
  officers: ['officers'],
  con: null,
};
const HELD: Record<string, number> = { ad: 12, offic: 420, offici: 300, of: 3 };
const words: PrefixWords = (w) => (w.length <= 2 ? null : STANDS_FOR[w] ?? null);
const ranked = rankedPrefixWords(words, 1000, (t) => HELD[t] ?? 1);
const expr = (q: string): string | null => {
  const match = parseQuery(q).match;
  return match ? rankExpression(match, ranked) : null;
};

describe('what ranking scores of a word being typed', () => {
  it('the words it stands for, each asked by name', () => {
    expect(expr('translated adding')).toBe('("translated" AND "adding")');
  });

  it('not a start of one or two letters, nor one standing for too many words to list: nothing is lost but a pass over every document', () => {
    expect(expr('translated t')).toBe('"translated"');
    expect(expr('translated of')).toBe('"translated"');
    expect(expr('translated con')).toBe('"translated"');
    expect(expr('con')).toBeNull();
  });

  it('not the common words it may be the start of, but always its own stem however common', () => {
    expect([termOf('officers'), termOf('officials'), termOf('offing')]).toEqual(['offic', 'offici', 'of']);
    expect(expr('consul offi')).toBe('("consul" AND "offing")');
    expect(expr('consul officers')).toBe('("consul" AND "officers")');
  });

  it('leaves words, phrases and NEAR groups as they are', () => {
    expect(expr('"Red Army" NEAR(troops Harbin, 5) t')).toBe('("red army" AND NEAR("troops" "harbin", 5))');
  });

  it('names the words being typed it leaves out, which closeness leaves out too', () => {
    const left = (q: string): string[] => {
      const match = parseQuery(q).match;
      return match ? unranked(match, ranked) : [];
    };
    expect(left('translated t')).toEqual(['t']);
    expect(left('translated con')).toEqual(['con']);
    expect(left('translated adding')).toEqual([]);
    expect(left('translated t ')).toEqual([]);
  });
});
