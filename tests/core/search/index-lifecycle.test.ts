import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src-main/core/core';
import { createHandlers } from '../../../src-main/core/handlers';
import { SEEDS, tempDir } from '../../helpers/temp-dir';
import { CORPUS } from './corpus-library';

const QUERIES = ['railway', '"Mosquito Reservation"', 'telegram year:1918', 'from:Gresham', 'treaty -japanese', 'railway OR railroad'];

describe('the search index over its life', () => {
  it('gives identical answers after a restart, without rebuilding', async () => {
    const dir = tempDir();
    const core = createCore({ libraryDir: dir });
    await core.importPaths(CORPUS);
    const before = QUERIES.map((query) => core.search.search({ query, limit: 50 }));
    core.close();
    const again = createCore({ libraryDir: dir });
    expect(again.indexRebuilt).toBe(false);
    expect(QUERIES.map((query) => again.search.search({ query, limit: 50 }))).toEqual(before);
    again.close();
  });

  it('refills the full-text table once when its indexing version changes', async () => {
    const dir = tempDir();
    const core = createCore({ libraryDir: dir });
    await core.importPaths([SEEDS]);
    const before = core.search.search({ query: 'communist' });
    core.settings.set('search.fts', 'older');
    core.db.exec('DELETE FROM body_fts');
    core.close();
    const again = createCore({ libraryDir: dir });
    expect(again.indexRebuilt).toBe(true);
    expect(again.search.search({ query: 'communist' })).toEqual(before);
    again.close();
    expect(createCore({ libraryDir: dir }).indexRebuilt).toBe(false);
  });

  it('updates incrementally on import: a second volume adds its documents, facets follow', async () => {
    const dir = tempDir();
    const core = createCore({ libraryDir: dir });
    await core.importPaths([CORPUS[0] ?? '']);
    const one = core.search.search({ query: 'government', limit: 1 });
    await core.importPaths([CORPUS[2] ?? '']);
    const two = core.search.search({ query: 'government', limit: 1 });
    expect(two.total).toBeGreaterThan(one.total);
    expect(two.facets.collection.map((c) => c.value).sort()).toEqual(['frus1894Nicaragua', 'frus1936v03']);
    core.close();
  });

  it('deletes documents from every index; notes keep their text and lose the link', async () => {
    const dir = tempDir();
    const core = createCore({ libraryDir: dir });
    await core.importPaths([SEEDS]);
    const api = createHandlers(core);
    const [victim] = core.search.search({ query: 'Thorez' }).hits;
    if (!victim) throw new Error('no hit');
    const docNote = core.notes.save(victim.id, 'Caffery on the strikes');
    const free = core.reading.notes.create({ title: 'Strikes', body: `See [[doc:${victim.id}|the telegram]] on Thorez` });
    expect(core.reading.notes.backlinks(victim.id).length).toBe(1);
    const sendersBefore = core.search.search({ query: '' }).facets.sender.length;

    expect(await api['library.delete']({ ids: [victim.id, 99999] })).toEqual({ deleted: 1 });
    expect(core.search.search({ query: 'Thorez', scope: 'documents' }).total).toBe(0);
    expect(core.search.search({ query: '' }).total).toBe(2);
    expect(core.search.search({ query: '' }).facets.sender.length).toBe(sendersBefore - 1);
    expect(core.reading.suggest.suggest('Caffery')).toEqual({ total: 0, items: [] });
    const kept = core.reading.notes.list().find((n) => n.id === docNote?.id);
    expect(kept).toMatchObject({ docId: null, body: 'Caffery on the strikes' });
    expect(core.reading.notes.list().find((n) => n.id === free.id)?.body).toContain(`[[doc:${victim.id}|the telegram]]`);
    expect(core.db.prepare('SELECT count(*) FROM note_links WHERE doc_id = ?').pluck().get(victim.id)).toBe(0);
    expect(core.search.search({ query: 'strikes' }).noteHits.length).toBe(2);
    core.close();

    const again = createCore({ libraryDir: dir });
    expect(again.indexRebuilt).toBe(false);
    expect(again.search.search({ query: 'Thorez', scope: 'documents' }).total).toBe(0);
    again.close();
  });

  it('after an edit or a deletion writes only what changed, and the copy equals a whole one', async () => {
    const dir = tempDir();
    const core = createCore({ libraryDir: dir, termsFrom: 0 });
    await core.importPaths(CORPUS);
    const rows = (): Map<string, string> =>
      new Map((core.db.prepare('SELECT key, data FROM search_cache').all() as Array<{ key: string; data: string | Buffer }>).map((r) => [r.key, Buffer.from(r.data).toString('base64')]));
    const written = (): Set<string> => {
      const now = rows();
      return new Set([...now].filter(([k, v]) => last.get(k) !== v).map(([k]) => k));
    };
    let last = rows();
    const [first] = core.search.search({ query: '"Secretary of State"', limit: 1 }).hits;
    if (!first) throw new Error('no hit');

    // A place edit changes the facets and the sets of the words it brings, not the title index.
    core.reading.metaEdits.edit(first.id, 'place', 'Archangel');
    const afterPlace = written();
    expect(afterPlace.has('#facets')).toBe(true);
    expect([...afterPlace].some((k) => k.startsWith('title:'))).toBe(false);
    expect([...afterPlace].filter((k) => k.startsWith('term:')).length).toBeLessThan([...last.keys()].filter((k) => k.startsWith('term:')).length / 4);
    last = rows();

    // A title edit leaves the title index's copy (25 MB at 100k documents) to be written at close.
    core.reading.metaEdits.edit(first.id, 'title', 'A retitled telegram on Archangel');
    expect([...written()].some((k) => k.startsWith('title:'))).toBe(false);
    core.deletion.delete([first.id + 1]);
    core.index.persistDeferred(core.settings.generation());
    expect([...written()].some((k) => k.startsWith('title:'))).toBe(true);
    const incremental = rows();
    core.index.persist(core.settings.generation(), { whole: true });
    expect(rows()).toEqual(incremental);

    core.close();
    const again = createCore({ libraryDir: dir, termsFrom: 0 });
    expect(again.indexRebuilt).toBe(false);
    expect(again.search.search({ query: 'retitled', scope: 'documents' }).hits.map((h) => h.id)).toEqual([first.id]);
    expect(again.search.search({ query: 'place:Archangel', scope: 'documents' }).total).toBeGreaterThan(0);
    // After a restart too, a place edit leaves the title index's persisted copy alone.
    const before = new Map((again.db.prepare('SELECT key, data FROM search_cache').all() as Array<{ key: string; data: string | Buffer }>).map((r) => [r.key, String(r.data)]));
    again.reading.metaEdits.edit(first.id + 2, 'place', 'Vologda');
    const after = again.db.prepare('SELECT key, data FROM search_cache').all() as Array<{ key: string; data: string | Buffer }>;
    expect(after.filter((r) => r.key.startsWith('title:') && before.get(r.key) !== String(r.data))).toEqual([]);
    expect(again.search.search({ query: 'place:Vologda', scope: 'documents' }).hits.map((h) => h.id)).toContain(first.id + 2);
    again.close();
  });

  it('after a crash that left a title edit unwritten, rebuilds only the title index, from the titles in SQLite', async () => {
    const dir = tempDir();
    const core = createCore({ libraryDir: dir, termsFrom: 0 });
    await core.importPaths([CORPUS[0] ?? '']);
    const [hit] = core.search.search({ query: 'Gresham', limit: 1, scope: 'documents' }).hits;
    if (!hit) throw new Error('no hit');
    core.reading.metaEdits.edit(hit.id, 'title', 'Zanzibar memorandum');
    const before = QUERIES.map((query) => core.search.search({ query, limit: 50 }));
    // The process dies: the database is closed without the write left for close.
    core.db.close();
    const again = createCore({ libraryDir: dir, termsFrom: 0 });
    expect(again.indexRebuilt).toBe(false);
    expect(again.search.search({ query: 'zanzibar', scope: 'documents' }).hits.map((h) => h.id)).toEqual([hit.id]);
    expect(QUERIES.map((query) => again.search.search({ query, limit: 50 }))).toEqual(before);
    again.close();
    // Closed properly this time: the title index is back in step, nothing to rebuild.
    const third = createCore({ libraryDir: dir, termsFrom: 0 });
    const fieldsGeneration = third.db.prepare("SELECT data FROM search_cache WHERE key = '#fields-generation'").pluck().get();
    expect(fieldsGeneration).toBe(String(third.settings.generation()));
    third.close();
  });
});
