import { describe, expect, it } from 'vitest';
import { foldedWords } from '../../../src-shared/text/fold';
import { indexEntries } from '../../../src-main/core/search/ensure-index';
import { termOf } from '../../../src-main/core/search/terms';
import { allIds, corpusLibrary, SEARCH_MODES } from './corpus-library';

type Fields = string[][];

/** Each document's fields (title, people, place, body) as the index's words, folded: what NEAR and =word are checked against. */
function fieldWords(lib: ReturnType<typeof corpusLibrary>): Map<number, Fields> {
  const out = new Map<number, Fields>();
  for (const [id, e] of indexEntries(lib.core().repo)) out.set(id, [e.title, e.people, e.place, e.body].map(foldedWords));
  return out;
}

/** Word positions of a phrase (its first and last word) in one field, by stem. */
function spans(words: readonly string[], phrase: readonly string[]): Array<[number, number]> {
  const stems = phrase.map(termOf);
  const out: Array<[number, number]> = [];
  for (let i = 0; i + stems.length <= words.length; i++) if (stems.every((s, j) => termOf(words[i + j] ?? '') === s)) out.push([i, i + stems.length - 1]);
  return out;
}

/** Do the two phrases stand in one field with at most `n` words between them (FTS5's NEAR, counted independently here)? */
function near(fields: Fields, a: string[], b: string[], n: number): boolean {
  return fields.some((words) => {
    const sa = spans(words, a);
    const sb = spans(words, b);
    return sa.some(([a0, a1]) => sb.some(([b0, b1]) => (a1 < b0 ? b0 - a1 - 1 : a0 - b1 - 1) <= n));
  });
}

for (const { mode, termsFrom } of SEARCH_MODES) {
  describe(`NEAR and =word over the corpus volumes (${mode})`, () => {
    const lib = corpusLibrary({ termsFrom });
    const ids = (query: string): number[] => allIds(lib.core(), { query }).sort((x, y) => x - y);
    let words: Map<number, Fields> | null = null;
    const docsWhere = (pred: (f: Fields) => boolean): number[] => {
      words ??= fieldWords(lib);
      return [...words].filter(([, f]) => pred(f)).map(([id]) => id).sort((x, y) => x - y);
    };

    it('NEAR(railway Harbin, N) finds the documents where the words stand within N words, and no others', () => {
      for (const n of [1, 5, 30]) expect(ids(`NEAR(railway Harbin, ${n})`)).toEqual(docsWhere((f) => near(f, ['railway'], ['harbin'], n)));
      const within5 = ids('NEAR(railway Harbin, 5)');
      const within30 = ids('NEAR(railway Harbin, 30)');
      // Further apart than 5 words in some documents: those are found at 30 and not at 5.
      expect(within5.length).toBeGreaterThan(3);
      expect(within30.length).toBeGreaterThan(within5.length);
      expect(within5.every((id) => within30.includes(id))).toBe(true);
      expect(ids('railway Harbin ').length).toBeGreaterThan(within30.length);
    });

    it('NEAR("a phrase" word, N): the phrase as a unit near the word', () => {
      const found = ids('NEAR("Foreign Affairs" Omsk, 5)');
      expect(found.length).toBeGreaterThan(0);
      expect(found).toEqual(docsWhere((f) => near(f, ['foreign', 'affairs'], ['omsk'], 5)));
    });

    it('NEAR stems like plain words, defaults to 10 words and caps at 100', () => {
      expect(ids('NEAR(railways Harbin, 5)')).toEqual(ids('NEAR(railway Harbin, 5)'));
      expect(ids('NEAR(railway Harbin)')).toEqual(ids('NEAR(railway Harbin, 10)'));
      const capped = lib.core().search.search({ query: 'NEAR(railway Harbin, 500)', limit: 1 });
      expect(capped.total).toBe(ids('NEAR(railway Harbin, 100)').length);
      expect(capped.hint).toMatch(/at most 100 words/);
    });

    it('=word finds the word itself, not its other forms; case and diacritics still folded', () => {
      const exact = ids('=contained');
      expect(exact).toEqual(docsWhere((f) => f.some((w) => w.includes('contained'))));
      const stemmed = ids('contained ');
      expect(stemmed.length).toBeGreaterThan(exact.length);
      expect(exact.every((id) => stemmed.includes(id))).toBe(true);
      expect(ids('=CONTAINED')).toEqual(exact);
      // "régime" is written with its accent in the 1918 volume: =regime and =régime both find it, =regimes does not.
      const regime = ids('=regime');
      expect(regime).toEqual(docsWhere((f) => f.some((w) => w.includes('regime'))));
      expect(regime.length).toBeGreaterThan(0);
      expect(ids('=régime')).toEqual(regime);
      expect(ids('=contain*')).toEqual(docsWhere((f) => f.some((w) => w.some((x) => x.startsWith('contain')))));
    });

    it('=word combines with words, fields, OR and exclusions', () => {
      const exact = new Set(ids('=contained'));
      const ethiopia = new Set(ids('Ethiopia '));
      expect(ids('=contained Ethiopia ')).toEqual([...exact].filter((id) => ethiopia.has(id)));
      expect(ids('=contained -Ethiopia ')).toEqual([...exact].filter((id) => !ethiopia.has(id)));
      const containing = ids('=containing');
      expect(ids('=contained OR =containing ')).toEqual([...new Set([...exact, ...containing])].sort((x, y) => x - y));
      expect(ids('contained -=contained ')).toEqual(ids('contained ').filter((id) => !exact.has(id)));
      const in1918 = new Set(ids('year:1918'));
      expect(ids('=contained year:1918')).toEqual([...exact].filter((id) => in1918.has(id)));
      expect(ids('=contained year:1918').length).toBeGreaterThan(0);
    });
  });
}
