import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src-main/core/core';
import { LIBRARY_FILE } from '../../../src-main/core/db/recovery';
import { SEEDS, tempDir } from '../../helpers/temp-dir';
import { api } from '../reading/helpers';

/** Undo migrations after `version` as if the library had been written by an older Chancery. */
function downgrade(dir: string, version: 14 | 17): void {
  const db = new Database(join(dir, LIBRARY_FILE));
  db.exec('DROP TABLE research_log');
  // 14 is the last released schema: the people index (15) came with saved searches (17) and the log (18).
  if (version === 14) db.exec('DROP TABLE working_set_docs; DROP TABLE working_sets; DROP TABLE saved_searches; DROP TABLE doc_people; DROP TABLE person_entries; DROP TABLE persons;');
  db.pragma(`user_version = ${version}`);
  db.close();
}

describe('migrations 17 and 18', () => {
  it('a library from before them keeps its documents, notes and dossiers, and gains saved searches, sets and the log', async () => {
    const dir = tempDir();
    let core = createCore({ libraryDir: dir });
    await core.importPaths([SEEDS]);
    let call = api(core);
    const docs = core.repo.count();
    const note = await call('notes.create', { title: 'Method', body: 'Searched the 1936 volume first.' });
    const dossier = await call('dossiers.create', { title: 'Seminar' });
    core.close();
    downgrade(dir, 14);

    core = createCore({ libraryDir: dir });
    call = api(core);
    expect(core.repo.count()).toBe(docs);
    expect((await call('notes.open', { id: note.id })).body).toBe('Searched the 1936 volume first.');
    expect((await call('dossiers.list', {})).map((d) => d.id)).toContain(dossier.id);
    const set = await call('sets.freeze', { name: 'All', search: { query: '' , yearFrom: 1000 } });
    expect(set.frozenCount).toBe(core.index.store.size);
    await call('saved.searches.save', { name: 'Caffery', search: { query: 'from:Caffery' } });
    core.close();
  });

  it('a library at 17 keeps its saved searches and working sets when the log arrives', async () => {
    const dir = tempDir();
    let core = createCore({ libraryDir: dir });
    await core.importPaths([SEEDS]);
    let call = api(core);
    await call('saved.searches.save', { name: 'Moscow', search: { query: 'Moscow', sort: 'date' } });
    const set = await call('sets.freeze', { name: 'Moscow', search: { query: 'Moscow' } });
    core.close();
    downgrade(dir, 17);

    core = createCore({ libraryDir: dir });
    call = api(core);
    expect((await call('saved.searches.list', {})).map((s) => [s.name, s.search])).toEqual([['Moscow', { query: 'Moscow', sort: 'date' }]]);
    expect(await call('sets.list', {})).toEqual([set]);
    expect(await call('researchLog.status', {})).toEqual({ on: false, entries: 0 });
    core.close();
  });
});

describe('a working set whose documents leave the library', () => {
  it('tells how many are left, searches only those, and takes them back when they are imported again', async () => {
    const dir = tempDir();
    const core = createCore({ libraryDir: dir });
    await core.importPaths([SEEDS]);
    const call = api(core);
    const set = await call('sets.freeze', { name: 'State', search: { query: 'State' } });
    expect(set.frozenCount).toBeGreaterThan(2);
    const [gone] = await call('sets.docIds', { id: set.id });
    await call('library.delete', { ids: [gone ?? 0] });
    const [after] = await call('sets.list', {});
    expect(after).toMatchObject({ frozenCount: set.frozenCount, left: set.frozenCount - 1 });
    expect((await call('library.search', { query: 'set:State' })).total).toBe(set.frozenCount - 1);
    await core.importPaths([SEEDS]);
    expect((await call('sets.list', {}))[0]?.left).toBe(set.frozenCount);
    core.close();
  });
});
