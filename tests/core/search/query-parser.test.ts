import { describe, expect, it } from 'vitest';
import { ftsExpression, stemsOfPartial } from '../../../src-main/core/search/fts-query';
import { docDateKey } from '../../../src-main/core/search/query-fields';
import { parseQuery } from '../../../src-main/core/search/query-parser';

const fts = (q: string): string | null => {
  const p = parseQuery(q);
  return ftsExpression(p.match, p.exclude);
};

describe('query language: words, phrases, operators', () => {
  it('needs every word; the last word typed is also a prefix, unless a space follows it', () => {
    expect(fts('Soviet oil')).toBe('("soviet" AND "oil"*)');
    expect(fts('Soviet oil ')).toBe('("soviet" AND "oil")');
    expect(parseQuery('Soviet oil').words).toEqual(['soviet', 'oil']);
  });

  it('folds case and diacritics', () => {
    expect(fts('SÈTE ')).toBe('"sete"');
  });

  it('reads "exact phrases", and a bare U.S. as the phrase "u s"', () => {
    expect(fts('"Secretary of State" Hull')).toBe('("secretary of state" AND "hull"*)');
    expect(fts('U.S. ')).toBe('"u s"');
  });

  it('excludes words and phrases with -', () => {
    expect(fts('troops -japanese -"Red Army" ')).toBe('"troops" NOT ("japanese" OR "red army")');
    const only = parseQuery('-japanese');
    expect(only.match).toBeNull();
    expect(only.exclude).toEqual([{ kind: 'term', word: 'japanese', prefix: false }]);
  });

  it('OR binds tighter than the implicit AND; parentheses group', () => {
    expect(fts('soviet oil OR petroleum ')).toBe('("soviet" AND ("oil" OR "petroleum"))');
    expect(fts('(soviet OR russian) (oil OR "crude petroleum") ')).toBe('(("soviet" OR "russian") AND ("oil" OR "crude petroleum"))');
    expect(parseQuery('a OR b').hasOr).toBe(true);
    expect(fts('soviet or oil ')).toBe('("soviet" AND "or" AND "oil")');
  });

  it('lets a half-typed word reach stems shorter than itself ("governmen" → govern)', () => {
    expect(fts('governmen')).toBe('("governmen"* OR "governme" OR "governm" OR "govern")');
    expect(stemsOfPartial('railw')).toEqual([]);
    expect(stemsOfPartial('nationa')).toEqual(['nation']);
  });

  it('takes word* as an explicit prefix', () => {
    expect(fts('telegr* Paris ')).toBe('("telegr"* AND "paris")');
  });
});

describe('query language: fields', () => {
  it('reads from:, to:, place:, collection:, tag:, with quoted values', () => {
    const p = parseQuery('oil from:"Secretary of State" to:Hull place:Paris collection:frus1936v03 tag:oil-crisis classification:secret');
    expect(p.filters).toMatchObject({ from: ['Secretary of State'], to: ['Hull'], place: ['Paris'], collection: ['frus1936v03'], tag: ['oil-crisis'], classification: ['secret'] });
    expect(p.words).toEqual(['oil']);
    expect(p.hints).toEqual([]);
  });

  it('reads years and date ranges, open at either end', () => {
    expect(parseQuery('year:1947').filters.year).toEqual({ min: 1947, max: 1947 });
    expect(parseQuery('year:1947..1949').filters.year).toEqual({ min: 1947, max: 1949 });
    expect(parseQuery('date:1947-11..1948-02').filters.date).toEqual({ min: 19471100, max: 19480299 });
    expect(parseQuery('date:..1948').filters.date).toEqual({ min: -Infinity, max: 19489999 });
    expect(parseQuery('date:1947-11-03..').filters.date).toEqual({ min: 19471103, max: Infinity });
    expect(docDateKey('1947-12-03T10:00')).toBe(19471203);
    expect(docDateKey('1941')).toBe(19410000);
  });

  it('reads in:notes and in:documents as the scope, and -from: as an exclusion', () => {
    expect(parseQuery('oil in:notes').filters.scope).toBe('notes');
    expect(parseQuery('in:documents oil').filters.scope).toBe('documents');
    expect(parseQuery('oil -from:Hull').filters.not).toEqual([{ field: 'from', value: 'Hull' }]);
  });
});

describe('query language: malformed queries give a hint and a best-effort search', () => {
  const hinted = (q: string, re: RegExp, expected: string | null): void => {
    const p = parseQuery(q);
    expect(p.hints.join(' ')).toMatch(re);
    expect(ftsExpression(p.match, p.exclude)).toBe(expected);
  };

  it('an unbalanced quote runs to the end', () => hinted('oil "Red Army', /Unbalanced quote/, '("oil" AND "red army")'));
  it('a dangling - is ignored', () => hinted('oil - ', /"-" must be followed/, '"oil"'));
  it('a dangling OR is ignored', () => {
    hinted('oil OR ', /OR needs a word/, '"oil"');
    hinted('OR oil ', /OR needs a word/, '"oil"');
  });
  it('an unknown field is searched as words', () => hinted('colour:red ', /Unknown field "colour:"/, '"colour red"'));
  it('a bad date or year is dropped', () => {
    hinted('oil date:1947-13..1948 ', /Bad date/, '"oil"');
    hinted('oil year:19x7 ', /Bad year/, '"oil"');
    expect(parseQuery('oil date:1947-13').filters.date).toBeUndefined();
  });
  it('unbalanced parentheses are closed or ignored', () => {
    hinted('(oil OR gas ', /Unbalanced "\("/, '("oil" OR "gas")');
    hinted('oil) gas ', /Unbalanced "\)"/, '("oil" AND "gas")');
  });
  it('never throws, whatever is typed', () => {
    for (const q of ['', '"', '-', 'OR', '()', ')(', '-"', 'from:', 'year:', '"""', '-(', '**', 'a:b:c', '-OR', '(((', 'date:..', 'year:1947..1948..1949']) {
      expect(() => parseQuery(q)).not.toThrow();
    }
    expect(parseQuery('from:').hints.join(' ')).toMatch(/needs a value/);
  });
});
