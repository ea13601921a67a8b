import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src-main/core/core';
import { SEEDS } from '../../helpers/temp-dir';
import { api, CAFFERY, DEJEAN, failureOf, seeded } from './helpers';

describe('editing metadata', () => {
  it('keeps the imported value inside the edited field, and reverts to it', async () => {
    const { core, call, leahy } = await seeded();
    const before = (await call('document.get', { id: leahy })).meta.date;
    expect(before).toMatchObject({ value: { start: '1941' }, provenance: { kind: 'inferred' } });

    const view = await call('document.editMeta', { id: leahy, field: 'date', value: '1941-07-01' });
    expect(view.meta.date).toEqual({ value: { start: '1941-07-01' }, provenance: { kind: 'edited', original: before } });
    expect((await call('library.list', {})).find((d) => d.id === leahy)?.date).toBe('1941-07-01');

    // A second correction still remembers the imported value, not the first correction.
    const twice = await call('document.editMeta', { id: leahy, field: 'date', value: '1941-07-01T17:00' });
    expect(twice.meta.date?.provenance).toEqual({ kind: 'edited', original: before });

    const reverted = await call('document.editMeta', { id: leahy, field: 'date', value: null });
    expect(reverted.meta.date).toEqual(before);
    expect((await call('library.list', {})).find((d) => d.id === leahy)?.date).toBe('1941');
    core.close();
  });

  it('feeds search and filters at once: title words, year, sender', async () => {
    const { core, call, caffery, dejean } = await seeded();
    await call('document.editMeta', { id: caffery, field: 'date', value: '1948-01-05' });
    await call('document.editMeta', { id: caffery, field: 'from', value: 'The Ambassador in France (Bonnet)' });
    await call('document.editMeta', { id: dejean, field: 'title', value: 'Dejean: Peking stands with Moscow' });

    expect((await call('library.search', { query: 'communist', year: 1948 })).hits.map((h) => h.id)).toEqual([caffery]);
    expect((await call('library.search', { query: 'communist', year: 1947 })).hits).toEqual([]);
    expect((await call('library.search', { query: '', from: 'Bonnet' })).hits.map((h) => h.id)).toEqual([caffery]);
    expect((await call('library.search', { query: '', from: 'Caffery' })).hits).toEqual([]);
    expect((await call('library.overview', {})).senders).toContain('Bonnet');
    // "stands" is now in a title: found, and ranked first by the title weight (stemming also finds "standing" in a body).
    const hits = (await call('library.search', { query: 'stands' })).hits;
    expect(hits[0]?.title).toBe('Dejean: Peking stands with Moscow');
    core.close();
  });

  it('survive re-importing the documents and restarting the library', async () => {
    const { dir, core, call, caffery, dejean } = await seeded();
    await call('document.editMeta', { id: caffery, field: 'place', value: 'Paris' });
    await call('document.editMeta', { id: caffery, field: 'classification', value: 'secret' });
    await call('document.editMeta', { id: dejean, field: 'title', value: 'Dejean: Peking stands with Moscow' });
    expect((await core.importPaths([SEEDS])).failed).toEqual([]);

    const view = await call('document.get', { id: caffery });
    expect(view.meta.place).toEqual({ value: 'Paris', provenance: { kind: 'edited' } });
    expect(view.meta.classification).toEqual({ value: 'secret', provenance: { kind: 'edited', original: { value: 'top secret', provenance: { kind: 'stated', where: 'header' } } } });
    expect((await call('library.search', { query: 'stands' })).hits[0]?.id).toBe(dejean);
    core.close();

    const reopened = createCore({ libraryDir: dir });
    expect(reopened.indexRebuilt).toBe(false);
    const again = api(reopened);
    expect((await again('library.search', { query: 'stands' })).hits[0]?.id).toBe(dejean);
    expect((await again('document.cite', { id: caffery, style: 'frus' })).text).toContain('Secretary of State, Paris, [December 3, 1947]');
    // Reverting after a re-import gives back the value of the latest import.
    const back = await again('document.editMeta', { id: dejean, field: 'title', value: null });
    expect(back.meta.title.value).toBe(DEJEAN);
    expect((await again('library.search', { query: 'stands' })).hits.map((h) => h.id)).not.toContain(dejean);
    reopened.close();
  });

  it('refuses dates that do not exist and unknown documents', async () => {
    const { core, call, caffery } = await seeded();
    for (const value of ['1947-13-01', '1947-02-30', '3 December 1947', '1947-12-03T24:00', '1948/1947']) {
      expect((await failureOf(call('document.editMeta', { id: caffery, field: 'date', value }))).code).toBe('invalid-argument');
    }
    const range = await call('document.editMeta', { id: caffery, field: 'date', value: '1947-12-03/1947-12-05' });
    expect(range.meta.date?.value).toEqual({ start: '1947-12-03', end: '1947-12-05' });
    const to = await call('document.editMeta', { id: caffery, field: 'to', value: 'Secretary of State; Georges Bidault' });
    expect(to.meta.to?.value).toEqual([{ role: 'Secretary of State' }, { name: 'Georges Bidault' }]);
    expect((await failureOf(call('document.editMeta', { id: 999, field: 'title', value: 'x' }))).code).toBe('not-found');
    expect((await call('document.get', { id: caffery })).meta.title.value).toBe(CAFFERY);
    core.close();
  });
});
