import { describe, expect, it } from 'vitest';
import type { SavedQuery } from '../../../src-main/contract';
import { toSearchRequest } from '../../../src-main/core/saved/saved-query';
import { api, failureOf } from '../reading/helpers';
import { allIds, corpusLibrary } from '../search/corpus-library';

const lib = corpusLibrary();
const sorted = (ids: readonly number[]): number[] => [...ids].sort((a, b) => a - b);

describe('saved searches', () => {
  it('run again, a saved search restores its words and every filter, scope and sort, and finds the same documents', async () => {
    const call = api(lib.core());
    const search: SavedQuery = {
      query: 'treaty',
      yearFrom: 1893,
      yearTo: 1895,
      from: 'Gresham',
      collection: 'frus1894Nicaragua',
      scope: 'documents',
      sort: 'date',
      labels: { collection: 'Papers relating to the foreign relations of the United States, 1894' },
    };
    const saved = await call('saved.searches.save', { name: 'Mosquito treaty', search });
    const [listed] = (await call('saved.searches.list', {})).filter((s) => s.id === saved.id);
    expect(listed?.search).toEqual(search);
    const before = allIds(lib.core(), toSearchRequest(search));
    expect(before.length).toBeGreaterThan(0);
    expect(allIds(lib.core(), toSearchRequest(listed?.search ?? { query: '' }))).toEqual(before);
  });

  it('refuses a second search under the same name (case aside), renames, and goes to the trash and back', async () => {
    const call = api(lib.core());
    const saved = await call('saved.searches.save', { name: 'Bluefields', search: { query: 'Bluefields' } });
    expect((await failureOf(call('saved.searches.save', { name: 'bluefields', search: { query: 'x' } }))).code).toBe('conflict');
    expect((await call('saved.searches.rename', { id: saved.id, name: 'Bluefields reserve' })).name).toBe('Bluefields reserve');
    await call('saved.searches.delete', { id: saved.id });
    expect((await call('saved.searches.list', {})).map((s) => s.name)).not.toContain('Bluefields reserve');
    const trashed = (await call('trash.list', {})).entries.find((e) => e.kind === 'saved-search' && e.id === saved.id);
    expect(trashed).toMatchObject({ title: 'Bluefields reserve', query: 'Bluefields' });
    await call('saved.searches.restore', { id: saved.id });
    expect((await call('saved.searches.list', {})).map((s) => s.name)).toContain('Bluefields reserve');
  });
});

describe('working sets', () => {
  it('freezing keeps every matching document (not a page) and the count at that moment', async () => {
    const call = api(lib.core());
    const search: SavedQuery = { query: 'government' };
    const expected = allIds(lib.core(), { query: 'government' });
    expect(expected.length).toBeGreaterThan(200); // more than a page of the list
    const set = await call('sets.freeze', { name: 'Governments', search });
    expect(set.frozenCount).toBe(expected.length);
    expect(set.left).toBe(expected.length);
    expect(set.search).toEqual(search);
    expect(sorted(await call('sets.docIds', { id: set.id }))).toEqual(sorted(expected));
  });

  it('set:"name" limits a search to exactly the documents of both', async () => {
    const call = api(lib.core());
    await call('sets.freeze', { name: 'Russia 1918', search: { query: 'russia', yearFrom: 1918, yearTo: 1918 } });
    const members = new Set(allIds(lib.core(), { query: 'russia', yearFrom: 1918, yearTo: 1918 }));
    const railway = allIds(lib.core(), { query: 'railway' });
    const truth = sorted(railway.filter((id) => members.has(id)));
    expect(truth.length).toBeGreaterThan(0);
    expect(truth.length).toBeLessThan(railway.length);
    expect(sorted(allIds(lib.core(), { query: 'railway set:"Russia 1918"' }))).toEqual(truth);
    // The same through "Limit to set" beside the query, and with the name in another case.
    expect(sorted(allIds(lib.core(), { query: 'railway', set: 'russia 1918' }))).toEqual(truth);
    // No words: the set itself.
    expect(sorted(allIds(lib.core(), { query: 'set:"Russia 1918"' }))).toEqual(sorted([...members]));
  });

  it('a set: naming no working set finds nothing and says why, naming the sets there are', async () => {
    const call = api(lib.core());
    const res = await call('library.search', { query: 'china set:"Boxer indemnity"' });
    expect(res.total).toBe(0);
    expect(res.hint).toMatch(/No working set is named "Boxer indemnity"\. Working sets: .*"Governments"/);
    const inspection = await call('search.inspect', { query: 'china set:"Boxer indemnity"' });
    const filter = inspection.filters.find((f) => f.field === 'set');
    expect(filter?.problem).toMatch(/No working set is named "Boxer indemnity"/);
    expect(inspection.zero).toMatchObject({ kind: 'filtered' });
    if (inspection.zero?.kind !== 'filtered') throw new Error('not filtered');
    expect(inspection.zero.filters.find((f) => f.field === 'set')).toMatchObject({ keeps: 0, problem: expect.stringMatching(/No working set/) });
  });

  it('is named once, renames, and leaves the trash with its members', async () => {
    const call = api(lib.core());
    const set = await call('sets.freeze', { name: 'Soviet oil', search: { query: 'oil' } });
    expect((await failureOf(call('sets.freeze', { name: 'SOVIET OIL', search: { query: 'x' } }))).code).toBe('conflict');
    await call('sets.rename', { id: set.id, name: 'Oil' });
    await call('sets.delete', { id: set.id });
    expect((await call('library.search', { query: 'set:Oil' })).total).toBe(0);
    expect((await call('trash.list', {})).entries.find((e) => e.kind === 'working-set' && e.id === set.id)).toMatchObject({ title: 'Oil', frozenCount: set.frozenCount });
    const back = await call('sets.restore', { id: set.id });
    expect(back.left).toBe(set.frozenCount);
    expect((await call('library.search', { query: 'set:Oil' })).total).toBe(set.frozenCount);
  });
});
