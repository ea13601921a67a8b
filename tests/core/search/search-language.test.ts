import { describe, expect, it } from 'vitest';
import { foldTerm } from '../../../src-shared/text/fold';
import { allIds, corpusLibrary, SEARCH_MODES } from './corpus-library';

for (const { mode, termsFrom } of SEARCH_MODES) {
  describe(`the search language over the corpus volumes (${mode})`, () => {
    const lib = corpusLibrary({ termsFrom });
    const total = (query: string, extra: object = {}): number => lib.core().search.search({ query, limit: 1, ...extra }).total;
    const textOf = (id: number): string => foldTerm(lib.core().repo.get(id)?.plainText ?? '').replace(/\s+/g, ' ');
    const hasWord = (id: number, word: string): boolean => new RegExp(`\\b${word}`).test(textOf(id));
    it('stems English words: telegram finds telegrams and back', () => {
      expect(total('telegrams ')).toBe(total('telegram '));
      expect(total('telegram ')).toBeGreaterThan(100);
    });

    it('takes the last word typed as a prefix: "Vladivost" finds what "Vladivostok" finds', () => {
      expect(total('Vladivost')).toBe(total('Vladivostok '));
      expect(total('Vladivost ')).toBe(0);
      // Stems are indexed: "governmen" runs past the stem "govern" yet finds every government.
      for (const partial of ['governm', 'governme', 'governmen']) expect(total(partial)).toBeGreaterThanOrEqual(total('government '));
    });

    it('matches an exact phrase only where the words stand together', () => {
      const ids = allIds(lib.core(), { query: '"Mosquito Reservation"' });
      expect(ids.length).toBeGreaterThan(10);
      expect(ids.length).toBeLessThanOrEqual(total('Mosquito Reservation '));
      // Titles and footnotes are indexed too; the phrase is in the running text of most hits.
      expect(ids.filter((id) => textOf(id).includes('mosquito reservation')).length).toBeGreaterThan(ids.length * 0.7);
    });

    it('excludes words', () => {
      const both = total('railway japanese ');
      const ids = allIds(lib.core(), { query: 'railway -japanese ' });
      expect(ids.length).toBe(total('railway ') - both);
      expect(ids.some((id) => hasWord(id, 'japanese'))).toBe(false);
    });

    it('OR unites, and binds tighter than AND', () => {
      const union = total('railway ') + total('railroad ') - total('railway railroad ');
      expect(total('railway OR railroad ')).toBe(union);
      expect(total('harbin (railway OR railroad) ')).toBe(total('harbin railway OR railroad '));
    });

    it('filters by from:, to:, place:, with quoted values', () => {
      const core = lib.core();
      const gresham = core.search.search({ query: 'from:Gresham', limit: 1000 });
      expect(gresham.total).toBeGreaterThan(10);
      expect(gresham.hits.every((h) => core.repo.get(h.id)?.meta.from?.value.some((p) => p.name === 'Gresham'))).toBe(true);
      const toFrancis = core.search.search({ query: 'to:Francis', limit: 1000 });
      expect(toFrancis.total).toBeGreaterThan(10);
      expect(toFrancis.hits.every((h) => core.repo.get(h.id)?.meta.to?.value.some((p) => p.name?.includes('Francis')))).toBe(true);
      expect(total('place:"Addis Ababa"')).toBe(total('place:addis'));
      expect(total('from:"Secretary of State"')).toBeGreaterThan(total('from:"Acting Secretary of State"'));
    });

    it('filters by year, date range (open ends) and collection (id or title words)', () => {
      const core = lib.core();
      const y = core.search.search({ query: 'year:1918', limit: 1000 });
      expect(y.total).toBeGreaterThan(100);
      expect(y.hits.every((h) => h.date?.startsWith('1918'))).toBe(true);
      const range = core.search.search({ query: 'date:1918-03..1918-04', limit: 1000 });
      expect(range.hits.every((h) => (h.date ?? '') >= '1918-03' && (h.date ?? '') < '1918-05')).toBe(true);
      const early = core.search.search({ query: 'date:..1900', limit: 1000 });
      expect(early.total).toBeGreaterThanOrEqual(total('collection:frus1894Nicaragua'));
      expect(early.hits.every((h) => (h.date ?? '') < '1901')).toBe(true);
      expect(total('collection:nicaragua')).toBe(total('collection:frus1894Nicaragua'));
      expect(total('year:1894..1918')).toBe(total('date:1894..1918-12-31'));
    });

    it('filters by tag, and in:notes / in:documents choose the hits shown', async () => {
      const core = lib.core();
      const [first] = allIds(core, { query: 'Bluefields ' });
      if (first === undefined) throw new Error('no hit');
      core.reading.tags.setForDocument(first, ['coastal']);
      expect(allIds(core, { query: 'tag:coastal' })).toEqual([first]);
      core.reading.notes.create({ title: 'Bluefields question', body: 'The consul at Bluefields' });
      const notes = core.search.search({ query: 'Bluefields in:notes' });
      expect(notes.hits).toEqual([]);
      expect(notes.noteHits.length).toBe(1);
      expect(core.search.search({ query: 'Bluefields in:documents' }).noteHits).toEqual([]);
    });

    it('answers a malformed query with a hint and a best-effort search', () => {
      const res = lib.core().search.search({ query: 'railway "Trans-Siberian' });
      expect(res.hint).toMatch(/Unbalanced quote/);
      expect(res.total).toBeGreaterThan(0);
      expect(lib.core().search.search({ query: 'railway colour:red year:19x' }).hint).toMatch(/Unknown field.*Bad year/);
      expect(lib.core().search.search({ query: 'railway' }).hint).toBeUndefined();
    });

    it('sorts by date on request, and pages without gaps or repeats', () => {
      const core = lib.core();
      const byDate = core.search.search({ query: 'railway', sort: 'date', limit: 1000 }).hits.map((h) => (h.date ?? '9999').slice(0, 10));
      expect(byDate).toEqual([...byDate].sort());
      const all = core.search.search({ query: 'railway', limit: 100 }).hits.map((h) => h.id);
      const paged = [0, 30, 60, 90].flatMap((offset) => core.search.search({ query: 'railway', offset, limit: 30 }).hits.map((h) => h.id)).slice(0, 100);
      expect(paged).toEqual(all);
      expect(new Set(allIds(core, { query: 'railway' })).size).toBe(total('railway'));
    });
  });
}
