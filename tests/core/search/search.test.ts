import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src-main/core/core';
import { SEEDS, tempDir } from '../../helpers/temp-dir';

async function seeded() {
  const dir = tempDir();
  const core = createCore({ libraryDir: dir });
  await core.importPaths([SEEDS]);
  return { dir, core };
}

const titles = (hits: Array<{ title: string }>): string[] => hits.map((h) => h.title);

describe('search over the seed library', () => {
  it('ignores diacritics and case: "Sete" finds Sète, "ministere" finds Ministère', async () => {
    const { core } = await seeded();
    const sete = core.search.search({ query: 'Sete' });
    expect(titles(sete.hits)).toEqual(['The Ambassador in France (Leahy) to the Secretary of State']);
    expect(sete.hits[0]?.snippet.text).toContain('Sète');
    const [start, end] = sete.hits[0]?.snippet.highlights[0] ?? [0, 0];
    expect(sete.hits[0]?.snippet.text.slice(start, end)).toBe('Sète');

    const ministere = core.search.search({ query: 'MINISTERE' });
    expect(titles(ministere.hits)).toContain('Letter from Maurice Dejean to Christian Pineau (Moscow, 16 November 1956)');
    core.close();
  });

  it('finds as the user types (prefixes) and needs every word', async () => {
    const { core } = await seeded();
    expect(titles(core.search.search({ query: 'Thor' }).hits)).toEqual([
      'The Ambassador in France (Caffery) to the Secretary of State',
    ]);
    expect(core.search.search({ query: 'Thorez Rochat' }).total).toBe(0);
    expect(core.search.search({ query: 'communist rochat' }).hits.map((h) => h.title)).toEqual([
      'The Ambassador in France (Leahy) to the Secretary of State',
    ]);
    core.close();
  });

  it('marks document hits and counts them in the facets, beside the (empty) note hits', async () => {
    const { core } = await seeded();
    const res = core.search.search({ query: 'communist' });
    expect(res.hits.every((h) => h.hit === 'document')).toBe(true);
    expect(res.facets).toMatchObject({ documents: res.total, notes: 0 });
    expect(res.noteHits).toEqual([]);
    expect(core.search.search({ query: 'communist', scope: 'notes' }).hits).toEqual([]);
    core.close();
  });

  it('ranks the document with the term in its title first', async () => {
    const { core } = await seeded();
    // "Moscow" is in the Dejean title and in the body of both FRUS telegrams.
    const hits = core.search.search({ query: 'moscow' }).hits;
    expect(hits.length).toBe(3);
    expect(hits[0]?.title).toMatch(/^Letter from Maurice Dejean/);
    expect(hits[0]?.score).toBeGreaterThan(hits[1]?.score ?? Infinity);
    core.close();
  });

  it('filters by year and by sender', async () => {
    const { core } = await seeded();
    expect(titles(core.search.search({ query: 'communist', year: 1941 }).hits)).toEqual([
      'The Ambassador in France (Leahy) to the Secretary of State',
    ]);
    expect(titles(core.search.search({ query: 'communist', from: 'Caffery' }).hits)).toEqual([
      'The Ambassador in France (Caffery) to the Secretary of State',
    ]);
    expect(core.search.search({ query: '', year: 1956 }).hits.map((h) => h.date)).toEqual(['1956-11-16T17:50']);
    core.close();
  });

  it('reloads the persisted index on restart: same hits, no re-indexing', async () => {
    const { dir, core } = await seeded();
    const before = core.search.search({ query: 'communist party' });
    core.close();
    const again = createCore({ libraryDir: dir });
    expect(again.indexRebuilt).toBe(false);
    expect(again.search.search({ query: 'communist party' })).toEqual(before);
    again.close();
  });

  it('rebuilds a stale index from SQLite, the truth', async () => {
    const { dir, core } = await seeded();
    core.db.prepare('DELETE FROM search_cache').run();
    core.close();
    const again = createCore({ libraryDir: dir });
    expect(again.indexRebuilt).toBe(true);
    expect(titles(again.search.search({ query: 'Thorez' }).hits)).toHaveLength(1);
    again.close();
  });
});
