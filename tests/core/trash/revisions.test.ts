import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../src-main/core/db/migrations';
import { openDatabase } from '../../../src-main/core/db/open-database';
import { tempDir } from '../../helpers/temp-dir';
import { failureOf } from '../reading/helpers';
import { clockedLibrary, DAY, MINUTE, reopen, testClock } from './clock';

const bodies = (revs: Array<{ body: string }>): string[] => revs.map((r) => r.body);

describe('revisions of what the user writes', () => {
  it('autosaves a few minutes apart make one revision; a new one starts after 10 minutes', async () => {
    const { core, call, clock } = await clockedLibrary();
    const n = await call('notes.create', { title: 'Moscow’s hand', body: 'T' });
    for (const body of ['Th', 'Tho', 'Thorez']) {
      clock.advance(30_000);
      await call('notes.update', { id: n.id, body });
    }
    expect(bodies(await call('revisions.list', { kind: 'note', id: n.id }))).toEqual(['Thorez']);

    clock.advance(11 * MINUTE);
    await call('notes.update', { id: n.id, body: 'Thorez refuses.' });
    const revs = await call('revisions.list', { kind: 'note', id: n.id });
    expect(bodies(revs)).toEqual(['Thorez refuses.', 'Thorez']);
    expect(revs.map((r) => r.current)).toEqual([true, false]);
    expect(revs[1]).toMatchObject({ title: 'Moscow’s hand', restored: false });
    core.close();
  });

  it('taking away a large part of the text keeps the version before, however recent', async () => {
    const { core, call, clock, caffery } = await clockedLibrary();
    const long = 'Caffery reports the strikes spreading from the mines to the railways. '.repeat(5);
    await call('notes.save', { docId: caffery, body: long });
    clock.advance(MINUTE);
    const note = await call('notes.save', { docId: caffery, body: 'Strikes.' });
    expect(bodies(await call('revisions.list', { kind: 'note', id: note.id }))).toEqual(['Strikes.', long]);
    core.close();
  });

  it('restoring an earlier version makes a new revision and destroys none', async () => {
    const { core, call, clock } = await clockedLibrary();
    const n = await call('notes.create', { title: 'Draft', body: 'First thoughts.' });
    clock.advance(20 * MINUTE);
    await call('notes.update', { id: n.id, body: 'Second thoughts.' });
    const first = (await call('revisions.list', { kind: 'note', id: n.id }))[1];
    clock.advance(MINUTE);
    const after = await call('revisions.restore', { revisionId: first?.id ?? 0 });
    expect(bodies(after)).toEqual(['First thoughts.', 'Second thoughts.', 'First thoughts.']);
    expect(after[0]).toMatchObject({ restored: true, current: true });
    expect((await call('notes.open', { id: n.id })).body).toBe('First thoughts.');
    // The next keystrokes start their own revision rather than rewriting the restored one.
    clock.advance(MINUTE);
    await call('notes.update', { id: n.id, body: 'First thoughts, revised.' });
    expect(bodies(await call('revisions.list', { kind: 'note', id: n.id }))).toHaveLength(4);
    expect((await failureOf(call('revisions.restore', { revisionId: 999_999 }))).code).toBe('not-found');
    core.close();
  });

  it('deleting a note keeps the version it was deleted with', async () => {
    const { core, call, clock } = await clockedLibrary();
    const n = await call('notes.create', { title: 'T', body: 'Before the delete.' });
    await call('notes.delete', { id: n.id });
    await call('notes.restore', { id: n.id });
    clock.advance(MINUTE);
    await call('notes.update', { id: n.id, body: 'After.' });
    expect(bodies(await call('revisions.list', { kind: 'note', id: n.id }))).toEqual(['After.', 'Before the delete.']);
    core.close();
  });

  it('dossier introductions and commentaries keep revisions too, restorable', async () => {
    const { core, call, clock, caffery } = await clockedLibrary();
    const d = await call('dossiers.create', { title: 'D', introduction: 'Intro one.' });
    const [item] = (await call('dossiers.addItems', { dossierId: d.id, docIds: [caffery] })).items;
    await call('dossiers.updateItem', { itemId: item?.id ?? 0, commentary: 'Comment one.' });
    clock.advance(15 * MINUTE);
    await call('dossiers.update', { id: d.id, introduction: 'Intro two.' });
    await call('dossiers.updateItem', { itemId: item?.id ?? 0, commentary: 'Comment two.' });

    const intro = await call('revisions.list', { kind: 'introduction', id: d.id });
    expect(bodies(intro)).toEqual(['Intro two.', 'Intro one.']);
    await call('revisions.restore', { revisionId: intro[1]?.id ?? 0 });
    expect((await call('dossiers.get', { id: d.id })).introduction).toBe('Intro one.');

    const comm = await call('revisions.list', { kind: 'commentary', id: item?.id ?? 0 });
    expect(bodies(comm)).toEqual(['Comment two.', 'Comment one.']);
    await call('revisions.restore', { revisionId: comm[1]?.id ?? 0 });
    expect((await call('dossiers.get', { id: d.id })).items[0]?.commentary).toBe('Comment one.');
    core.close();
  });

  it('are kept at least 90 days; older ones are thinned at start, never the current text', async () => {
    const { dir, core, call, clock } = await clockedLibrary();
    const n = await call('notes.create', { title: 'Old', body: 'v1' });
    clock.advance(DAY);
    await call('notes.update', { id: n.id, body: 'v2' });
    clock.advance(DAY);
    await call('notes.update', { id: n.id, body: 'v3' });
    core.close();

    // v1 is now 89 days old.
    clock.advance(87 * DAY);
    const day90 = reopen(dir, clock);
    expect(bodies(await day90.call('revisions.list', { kind: 'note', id: n.id }))).toEqual(['v3', 'v2', 'v1']);
    day90.core.close();

    clock.advance(200 * DAY);
    const later = reopen(dir, clock);
    expect(bodies(await later.call('revisions.list', { kind: 'note', id: n.id }))).toEqual(['v3']);
    later.core.close();
  });

  it('a library from before revisions starts each text’s history with its present text', async () => {
    const dir = tempDir();
    const old = openDatabase(join(dir, 'library.sqlite'), migrations.filter((m) => m.version <= 6));
    old.prepare(`INSERT INTO notes (id, title, body, created_at, updated_at) VALUES (3, 'Older', 'Written before the upgrade.', '2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z')`).run();
    old.prepare(`INSERT INTO dossiers (id, title, introduction, created_at, updated_at) VALUES (4, 'D', 'An older introduction.', '2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z')`).run();
    old.close();

    const clock = testClock();
    const { core, call } = reopen(dir, clock);
    expect(await call('revisions.list', { kind: 'note', id: 3 })).toEqual([expect.objectContaining({ body: 'Written before the upgrade.', title: 'Older', current: true })]);
    clock.advance(MINUTE);
    await call('notes.update', { id: 3, body: 'Rewritten after.' });
    expect(bodies(await call('revisions.list', { kind: 'note', id: 3 }))).toEqual(['Rewritten after.', 'Written before the upgrade.']);
    expect(bodies(await call('revisions.list', { kind: 'introduction', id: 4 }))).toEqual(['An older introduction.']);
    core.close();
  });
});
