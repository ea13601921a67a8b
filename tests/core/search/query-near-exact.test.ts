import { describe, expect, it } from 'vitest';
import { ftsExpression } from '../../../src-main/core/search/fts-query';
import { parseQuery } from '../../../src-main/core/search/query-parser';

const fts = (q: string): string | null => {
  const p = parseQuery(q);
  return ftsExpression(p.match, p.exclude);
};

describe('query language: NEAR', () => {
  it('reads NEAR(word word, N) and NEAR("a phrase" word, N) into one near node', () => {
    expect(parseQuery('NEAR(railway Harbin, 5)').match).toEqual({
      kind: 'near',
      distance: 5,
      items: [
        { kind: 'term', word: 'railway', prefix: false },
        { kind: 'term', word: 'harbin', prefix: false },
      ],
    });
    expect(fts('NEAR("Foreign Affairs" Omsk, 5)')).toBe('NEAR("foreign affairs" "omsk", 5)');
    expect(parseQuery('NEAR("Foreign Affairs" Omsk, 5)').words).toEqual(['foreign', 'affairs', 'omsk']);
  });

  it('takes 10 words when no distance is given, and at most 100 with a hint', () => {
    expect(fts('NEAR(railway Harbin)')).toBe('NEAR("railway" "harbin", 10)');
    const far = parseQuery('NEAR(railway Harbin, 500)');
    expect(fts('NEAR(railway Harbin, 500)')).toBe('NEAR("railway" "harbin", 100)');
    expect(far.hints.join(' ')).toMatch(/at most 100 words/);
    expect(parseQuery('NEAR(railway Harbin, 5)').hints).toEqual([]);
  });

  it('combines with words, fields, OR and exclusions like any operand', () => {
    expect(fts('Japanese NEAR(railway Harbin, 5) ')).toBe('("japanese" AND NEAR("railway" "harbin", 5))');
    expect(fts('NEAR(railway Harbin, 5) OR Vladivostok ')).toBe('(NEAR("railway" "harbin", 5) OR "vladivostok")');
    expect(fts('railway -NEAR(Japanese troops, 3) ')).toBe('"railway" NOT (NEAR("japanese" "troops", 3))');
    const p = parseQuery('NEAR(railway Harbin, 5) year:1918');
    expect(p.filters.year).toBeDefined();
    expect(p.match?.kind).toBe('near');
  });

  it('degrades what is not a NEAR group to plain words, with a hint', () => {
    const open = parseQuery('NEAR(railway Harbin, 5');
    expect(fts('NEAR(railway Harbin, 5 ')).toBe('("railway" AND "harbin")');
    expect(open.hints.join(' ')).toMatch(/no closing/);
    const one = parseQuery('NEAR(railway) Harbin ');
    expect(fts('NEAR(railway) Harbin ')).toBe('("railway" AND "harbin")');
    expect(one.hints.join(' ')).toMatch(/two or more words/);
    expect(parseQuery('NEAR(railway Harbin, x)').hints.join(' ')).toMatch(/not a number/);
    expect(fts('NEAR(railway Harbin, x)')).toBe('NEAR("railway" "harbin", 10)');
    expect(parseQuery('NEAR()').match).toBeNull();
  });

  it('leaves the word "near" in lower case, and NEAR without a parenthesis, as words', () => {
    expect(fts('near Harbin ')).toBe('("near" AND "harbin")');
    expect(fts('NEAR Harbin ')).toBe('("near" AND "harbin")');
  });
});

describe('query language: =word', () => {
  it('reads =word as the exact word, folded for case and diacritics', () => {
    expect(parseQuery('=Containment').match).toEqual({ kind: 'term', word: 'containment', prefix: false, exact: true });
    expect(parseQuery('=Régime ').match).toEqual({ kind: 'term', word: 'regime', prefix: false, exact: true });
  });

  it('does not take a last =word as a prefix while typing; =word* is an explicit one', () => {
    expect(parseQuery('soviet =contain').match).toEqual({
      kind: 'and',
      children: [
        { kind: 'term', word: 'soviet', prefix: false },
        { kind: 'term', word: 'contain', prefix: false, exact: true },
      ],
    });
    expect(parseQuery('=contain*').match).toEqual({ kind: 'term', word: 'contain', prefix: true, exact: true });
  });

  it('combines with exclusion and OR, and says so when "=" stands alone', () => {
    expect(parseQuery('oil -=contained').exclude).toEqual([{ kind: 'term', word: 'contained', prefix: false, exact: true }]);
    expect(parseQuery('=contained OR =containing ').hasOr).toBe(true);
    expect(parseQuery('oil = ').hints.join(' ')).toMatch(/must be followed by the word/);
    expect(parseQuery('="Red Army"').match).toEqual({ kind: 'phrase', words: ['red', 'army'] });
  });
});
