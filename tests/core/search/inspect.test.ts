import { describe, expect, it } from 'vitest';
import type { InspectedTerm } from '../../../src-main/contract';
import { corpusLibrary, SEARCH_MODES } from './corpus-library';

for (const { mode, termsFrom } of SEARCH_MODES) {
  describe(`the query inspector over the corpus volumes (${mode})`, () => {
    const lib = corpusLibrary({ termsFrom });
    const inspect = (query: string) => lib.core().inspector.inspect({ query });
    const total = (query: string): number => lib.core().search.search({ query, limit: 1 }).total;
    const term = (query: string, i = 0): InspectedTerm => {
      const t = inspect(query).terms[i];
      if (!t) throw new Error(`no term ${i} in ${query}`);
      return t;
    };
    const fts = (expr: string): number => lib.core().db.prepare('SELECT count(*) FROM body_fts WHERE body_fts MATCH ?').pluck().get(expr) as number;

    it('shows the stem a word became, and warns where it reaches other words', () => {
      const t = term('containment ');
      expect(t).toMatchObject({ kind: 'word', typed: 'containment', searched: 'contain' });
      // The library's own words with that stem, which the query also finds.
      expect(t.broader?.forms).toEqual(expect.arrayContaining(['contained']));
      expect(t.broader?.forms).not.toContain('containment');
      // A plural is the same word: named, but no warning.
      const plural = term('telegrams ');
      expect(plural.searched).toBe('telegram');
      expect(plural.broader).toBeUndefined();
      expect(plural.forms).toContain('telegram');
    });

    it("counts each term's documents exactly as FTS5 does", () => {
      const words = ['telegram', 'containment', 'government', 'railway', 'the', 'Vladivostok', 'Zelaya', 'bolsheviks', 'policies', 'Bluefields'];
      for (const w of words) expect({ w, docs: term(`${w} `).docs }).toEqual({ w, docs: fts(`"${w}"`) });
      for (const p of ['secretary of state', 'Mosquito Reservation', 'guaranties of punishment']) {
        expect({ p, docs: term(`"${p}"`).docs }).toEqual({ p, docs: fts(`"${p}"`) });
      }
      expect(fts('"telegram"')).toBeGreaterThan(500);
    });

    it('shows what a prefix expands to, and its documents as search counts them', () => {
      const s = term('s');
      expect(s).toMatchObject({ kind: 'prefix', typed: 's', searched: 's*' });
      expect(s.expands).toBeGreaterThan(500);
      expect(s.docs).toBe(total('s'));
      const partial = term('governmen');
      expect(partial.expands).toBeGreaterThanOrEqual(2);
      expect(partial.docs).toBe(total('governmen'));
    });

    it('shows a phrase as one term of stems', () => {
      const t = term('"secretary of state" ');
      expect(t).toMatchObject({ kind: 'phrase', typed: 'secretary of state', searched: 'secretari of state' });
      expect(t.docs).toBeLessThanOrEqual(total('secretary of state '));
    });

    it('shows the words of a NEAR group each with its count, the later ones within its distance', () => {
      const r = inspect('NEAR("Foreign Affairs" Omsk, 5) treaty ');
      expect(r.terms.map((t) => [t.typed, t.within])).toEqual([
        ['foreign affairs', undefined],
        ['omsk', 5],
        ['treaty', undefined],
      ]);
      expect(r.terms[1]?.docs).toBe(fts('"omsk"'));
    });

    it('shows fields as filters with the documents each keeps, exclusions as such', () => {
      const r = inspect('treaty year:1936 -place:Paris ');
      expect(r.filters).toEqual([
        { field: 'place', value: 'Paris', excluded: true, inQuery: true, docs: total('-place:Paris') },
        { field: 'year', value: '1936', excluded: false, inQuery: true, docs: total('year:1936') },
      ]);
      expect(r.total).toBe(total('treaty year:1936 -place:Paris '));
      const ex = inspect('railway -japanese ').terms;
      expect(ex.map((t) => [t.typed, t.excluded])).toEqual([
        ['railway', false],
        ['japanese', true],
      ]);
      expect(ex[1]?.docs).toBe(total('japanese '));
      expect(inspect('oil OR petroleum ').terms.map((t) => t.joined)).toEqual(['and', 'or']);
    });

    it('explains a word no document holds, with the nearest words of the library', () => {
      const r = inspect('Nicaragua telegarm');
      expect(r.total).toBe(0);
      expect(r.zero).toEqual({ kind: 'unknown', terms: [{ typed: 'telegarm', suggestions: expect.arrayContaining(['telegram']) }] });
    });

    it('explains words that each match but never together, naming the pair', () => {
      const r = inspect('Bluefields Bolsheviks ');
      expect(r.total).toBe(0);
      expect(r.zero).toEqual({
        kind: 'apart',
        terms: [
          { typed: 'bluefields', docs: total('Bluefields ') },
          { typed: 'bolsheviks', docs: total('Bolsheviks ') },
        ],
        pair: ['bluefields', 'bolsheviks'],
      });
    });

    it('explains a filter that excludes every match: the words match, none in that year', () => {
      const r = inspect('Bluefields year:1936 ');
      expect(r.total).toBe(0);
      expect(r.zero).toEqual({
        kind: 'filtered',
        matched: total('Bluefields '),
        filters: [{ field: 'year', value: '1936', excluded: false, inQuery: true, docs: total('year:1936'), keeps: 0 }],
        // Where the matches are instead: the Nicaragua volume's years.
        years: [expect.any(Number), expect.any(Number)],
      });
      const years = r.zero?.kind === 'filtered' ? r.zero.years : undefined;
      expect(years?.[0]).toBeGreaterThanOrEqual(1890);
      expect(years?.[1]).toBeLessThan(1900);
      // A filter chosen beside the query (the Refine panel) counts the same.
      const side = lib.core().inspector.inspect({ query: 'Bluefields ', year: 1936 });
      expect(side.zero).toMatchObject({ kind: 'filtered', filters: [{ field: 'year', value: '1936', inQuery: false, keeps: 0 }] });
    });

    it('explains exclusions that remove every match', () => {
      expect(inspect('railway -railways ').zero).toEqual({ kind: 'excluded', matched: total('railway '), exclusions: [{ typed: 'railways', docs: total('railway ') }] });
    });

    it('explains nothing when something matched', () => {
      expect(inspect('telegram ').zero).toBeUndefined();
    });
  });
}
