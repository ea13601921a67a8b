import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src-main/core/core';
import { migrations } from '../../../src-main/core/db/migrations';
import { openDatabase } from '../../../src-main/core/db/open-database';
import { REPO, tempDir } from '../../helpers/temp-dir';
import { api, CAFFERY, DEJEAN, failureOf, LEAHY, seeded } from './helpers';

describe('notes', () => {
  it('keep the per-document note working as before (get / save by document)', async () => {
    const { core, call, caffery } = await seeded();
    expect(await call('notes.get', { docId: caffery })).toBeNull();
    const saved = await call('notes.save', { docId: caffery, body: 'Thorez refuses *retreat*.' });
    expect(saved).toMatchObject({ docId: caffery, title: CAFFERY, body: 'Thorez refuses *retreat*.', tags: [], links: [] });
    const again = await call('notes.save', { docId: caffery, body: 'Second thoughts.' });
    expect(again.id).toBe(saved.id);
    expect((await call('notes.get', { docId: caffery }))?.body).toBe('Second thoughts.');
    expect((await failureOf(call('notes.save', { docId: 999, body: 'x' }))).code).toBe('not-found');
    core.close();
  });

  it('free-standing notes: create, list, update, delete with undo', async () => {
    const { core, call } = await seeded();
    const n = await call('notes.create', { title: 'Communist tactics, 1941–1947', body: 'Draft', tags: ['PCF', 'strikes'] });
    expect(n).toMatchObject({ docId: null, title: 'Communist tactics, 1941–1947', tags: ['PCF', 'strikes'] });
    const untitled = await call('notes.create', {});
    expect(untitled.title).toBe('Untitled note');
    const updated = await call('notes.update', { id: n.id, body: 'Both ambassadors report Moscow’s hand.' });
    expect(updated).toMatchObject({ title: 'Communist tactics, 1941–1947', body: 'Both ambassadors report Moscow’s hand.' });
    expect((await call('notes.list', {})).map((x) => x.id).sort()).toEqual([n.id, untitled.id].sort());

    const gone = await call('notes.delete', { id: n.id });
    expect(gone).toMatchObject({ id: n.id, keptForDays: 30 });
    expect((await call('notes.list', {})).map((x) => x.id)).toEqual([untitled.id]);
    expect((await failureOf(call('notes.open', { id: n.id }))).code).toBe('not-found');
    expect((await call('library.search', { query: 'ambassadors' })).facets.notes).toBe(0);

    const back = await call('notes.restore', { id: n.id });
    expect(back).toMatchObject({ id: n.id, body: 'Both ambassadors report Moscow’s hand.', tags: ['PCF', 'strikes'] });
    expect((await call('library.search', { query: 'ambassadors' })).facets.notes).toBe(1);
    core.close();
  });

  it('count every note and comment holding the words, past the page as within it', async () => {
    const { core, call } = await seeded();
    for (let k = 0; k < 4; k++) await call('notes.create', { title: `Reading ${k}`, body: 'The consul at Vladivostok again.' });
    const page = await call('library.search', { query: 'vladivostok', limit: 3 });
    expect({ shown: page.noteHits.length, counted: page.facets.notes }).toEqual({ shown: 3, counted: 4 });
    const all = await call('library.search', { query: 'vladivostok', limit: 10 });
    expect({ shown: all.noteHits.length, counted: all.facets.notes }).toEqual({ shown: 4, counted: 4 });
    core.close();
  });

  it('link to documents by [[doc:ID|label]] or an unambiguous [[Title]]; documents show their backlinks', async () => {
    const { core, call, caffery, leahy, dejean } = await seeded();
    const body = `Compare [[doc:${caffery}|Caffery, 3 Dec. 1947]] with [[${LEAHY}]] and [[no such document]].\n\nSee also [[doc:${caffery}]].`;
    const n = await call('notes.create', { title: 'Moscow’s hand', body });
    expect(n.links).toEqual([
      { docId: caffery, title: CAFFERY },
      { docId: leahy, title: LEAHY },
    ]);
    await call('notes.save', { docId: dejean, body: `The French party alone stood by Moscow, as [[doc:${caffery}|Caffery]] foresaw.` });

    const back = await call('documents.backlinks', { docId: caffery });
    expect(back.map((b) => b.title)).toEqual([DEJEAN, 'Moscow’s hand']);
    expect(back[1]?.snippet).toBe('Compare Caffery, 3 Dec. 1947 with The Ambassador in France (Leahy) to the Secretary of State and no such…');
    expect(back[0]).toMatchObject({ docId: dejean, snippet: 'The French party alone stood by Moscow, as Caffery foresaw.' });
    expect(await call('documents.backlinks', { docId: dejean })).toEqual([]);

    // Editing the note away from a document removes the backlink; deleting the note hides it.
    await call('notes.update', { id: n.id, body: `Only [[doc:${leahy}]] now.` });
    expect((await call('documents.backlinks', { docId: caffery })).map((b) => b.title)).toEqual([DEJEAN]);
    await call('notes.delete', { id: n.id });
    expect(await call('documents.backlinks', { docId: leahy })).toEqual([]);
    core.close();
  });

  it('a bare [[Title]] shared by several documents stays unresolved', async () => {
    const { core, call } = await seeded();
    await core.importPaths([join(REPO, 'tests/fixtures/corpus/frus1936v03.xml')]);
    const straus = 'The Ambassador in France (Straus) to the Secretary of State';
    expect(core.repo.list().filter((d) => d.title === straus).length).toBeGreaterThan(1);
    const n = await call('notes.create', { title: 'x', body: `[[${straus}]] and [[${CAFFERY.toUpperCase()}]]` });
    expect(n.links.map((l) => l.title)).toEqual([CAFFERY]);
    core.close();
  });

  it('suggest documents for [[ autocomplete by title words, as typed, without accents or case', async () => {
    const { core, call, caffery, leahy, dejean } = await seeded();
    expect((await call('documents.suggest', { prefix: 'caff' })).items.map((s) => s.id)).toEqual([caffery]);
    // Oldest first among equals: Leahy 1941, Caffery 1947.
    expect((await call('documents.suggest', { prefix: 'ambassador fra' })).items.map((s) => s.id)).toEqual([leahy, caffery]);
    expect(await call('documents.suggest', { prefix: 'LETTER FROM MAURICE' })).toEqual({
      total: 1,
      items: [{ id: dejean, title: DEJEAN, date: '1956-11-16T17:50', number: null, volume: null }],
    });
    expect(await call('documents.suggest', { prefix: '' })).toEqual({ total: 0, items: [] });
    core.close();
  });

  it('a library from before notes had titles keeps its notes, searchable', async () => {
    const dir = tempDir();
    const old = openDatabase(join(dir, 'library.sqlite'), migrations.filter((m) => m.version <= 2));
    const meta = JSON.stringify({ title: { value: 'Old document', provenance: { kind: 'stated' } } });
    old.prepare(`INSERT INTO documents (id, key, format, title, meta_json, body_json, plain_text, imported_at, updated_at)
      VALUES (7, 'file:old.txt', 'text', 'Old document', ?, '{"blocks":[],"footnotes":[]}', '', 'now', 'now')`).run(meta);
    old.prepare(`INSERT INTO notes (doc_id, body, created_at, updated_at) VALUES (7, 'Written before the upgrade about Bidault', 't0', 't1')`).run();
    old.close();

    const core = createCore({ libraryDir: dir });
    const call = api(core);
    expect(await call('notes.get', { docId: 7 })).toMatchObject({ docId: 7, title: 'Old document', body: 'Written before the upgrade about Bidault', createdAt: 't0', updatedAt: 't1' });
    const res = await call('library.search', { query: 'bidault' });
    expect(res.noteHits.map((h) => h.title)).toEqual(['Old document']);
    core.close();
  });
});
