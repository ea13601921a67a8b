import { describe, expect, it } from 'vitest';
import { failureOf } from '../reading/helpers';
import { clockedLibrary, DAY, reopen } from './clock';

describe('deleted dossiers and dossier items go to the trash', () => {
  it('a removed document comes back in its place, with its commentary', async () => {
    const { core, call, caffery, leahy, dejean } = await clockedLibrary();
    const d = await call('dossiers.create', { title: 'France, 1947' });
    await call('dossiers.addItems', { dossierId: d.id, docIds: [caffery, leahy, dejean] });
    const item = (await call('dossiers.get', { id: d.id })).items[1];
    if (!item) throw new Error('no item');
    await call('dossiers.updateItem', { itemId: item.id, commentary: 'Leahy reads Vichy as Berlin’s creature.' });

    const after = await call('dossiers.removeItem', { itemId: item.id });
    expect(after.items.map((i) => i.docId)).toEqual([caffery, dejean]);
    const trash = await call('trash.list', {});
    expect(trash.keptForDays).toBe(30);
    expect(trash.entries).toEqual([
      expect.objectContaining({ kind: 'dossier-item', id: item.id, dossierTitle: 'France, 1947', commentary: 'Leahy reads Vichy as Berlin’s creature.', dossierDeleted: false }),
    ]);

    // The editor's last autosave can land after the removal: it still reaches the item.
    await call('dossiers.updateItem', { itemId: item.id, commentary: 'Leahy reads Vichy as Berlin’s creature. Typed last.' });
    const back = await call('dossiers.restoreItem', { itemId: item.id });
    expect(back.items.map((i) => [i.docId, i.commentary])).toEqual([
      [caffery, ''],
      [leahy, 'Leahy reads Vichy as Berlin’s creature. Typed last.'],
      [dejean, ''],
    ]);
    expect((await call('trash.list', {})).entries).toEqual([]);
    core.close();
  });

  it('adding a removed document again brings its commentary back', async () => {
    const { core, call, caffery } = await clockedLibrary();
    const d = await call('dossiers.create', { title: 'A' });
    const [item] = (await call('dossiers.addItems', { dossierId: d.id, docIds: [caffery] })).items;
    await call('dossiers.updateItem', { itemId: item?.id ?? 0, commentary: 'Thorez.' });
    await call('dossiers.removeItem', { itemId: item?.id ?? 0 });
    const again = await call('dossiers.addItems', { dossierId: d.id, docIds: [caffery] });
    expect(again.items).toEqual([expect.objectContaining({ id: item?.id, commentary: 'Thorez.' })]);
    core.close();
  });

  it('a deleted dossier is restorable with its introduction and every commentary', async () => {
    const { core, call, caffery, leahy } = await clockedLibrary();
    const d = await call('dossiers.create', { title: 'Paris 1947', introduction: 'Why these telegrams.' });
    const items = (await call('dossiers.addItems', { dossierId: d.id, docIds: [caffery, leahy] })).items;
    for (const [i, it] of items.entries()) await call('dossiers.updateItem', { itemId: it.id, commentary: `Commentary ${i + 1}` });

    const gone = await call('dossiers.delete', { id: d.id });
    expect(gone).toMatchObject({ id: d.id, keptForDays: 30 });
    expect(await call('dossiers.list', {})).toEqual([]);
    expect((await failureOf(call('dossiers.get', { id: d.id }))).code).toBe('not-found');
    expect((await call('trash.list', {})).entries).toEqual([
      expect.objectContaining({ kind: 'dossier', id: d.id, title: 'Paris 1947', introduction: 'Why these telegrams.', itemCount: 2, commentaries: 2 }),
    ]);

    // The editor's last autosave can land after the delete: it still reaches the dossier.
    await call('dossiers.update', { id: d.id, introduction: 'Why these telegrams, and not others.' });
    const back = await call('dossiers.restore', { id: d.id });
    expect(back).toMatchObject({ title: 'Paris 1947', introduction: 'Why these telegrams, and not others.' });
    expect(back.items.map((i) => i.commentary)).toEqual(['Commentary 1', 'Commentary 2']);
    expect((await call('dossiers.list', {})).map((x) => x.id)).toEqual([d.id]);
    core.close();
  });

  it('an item of a deleted dossier waits for its dossier to be restored', async () => {
    const { core, call, caffery, leahy } = await clockedLibrary();
    const d = await call('dossiers.create', { title: 'B' });
    const [first] = (await call('dossiers.addItems', { dossierId: d.id, docIds: [caffery, leahy] })).items;
    await call('dossiers.removeItem', { itemId: first?.id ?? 0 });
    await call('dossiers.delete', { id: d.id });
    expect((await failureOf(call('dossiers.restoreItem', { itemId: first?.id ?? 0 }))).message).toMatch(/restore it first/);
    await call('dossiers.restore', { id: d.id });
    expect((await call('dossiers.restoreItem', { itemId: first?.id ?? 0 })).items).toHaveLength(2);
    core.close();
  });

  it('the trash is purged 30 days after deletion, not before', async () => {
    const { dir, clock, core, call, caffery } = await clockedLibrary();
    const kept = await call('dossiers.create', { title: 'Kept', introduction: 'Restorable on day 29.' });
    const lost = await call('dossiers.create', { title: 'Lost' });
    const [item] = (await call('dossiers.addItems', { dossierId: lost.id, docIds: [caffery] })).items;
    await call('dossiers.updateItem', { itemId: item?.id ?? 0, commentary: 'Gone after 30 days.' });
    await call('dossiers.removeItem', { itemId: item?.id ?? 0 });
    await call('dossiers.delete', { id: lost.id });
    clock.advance(2 * DAY);
    await call('dossiers.delete', { id: kept.id });
    core.close();

    clock.advance(29 * DAY);
    const day29 = reopen(dir, clock);
    expect((await day29.call('trash.list', {})).entries.map((e) => `${e.kind}:${e.id}`)).toEqual([`dossier:${kept.id}`]);
    expect((await failureOf(day29.call('dossiers.restore', { id: lost.id }))).code).toBe('not-found');
    expect((await failureOf(day29.call('dossiers.restoreItem', { itemId: item?.id ?? 0 }))).code).toBe('not-found');
    expect(await day29.call('dossiers.restore', { id: kept.id })).toMatchObject({ introduction: 'Restorable on day 29.' });
    const rows = day29.core.db.prepare("SELECT count(*) AS n FROM revisions WHERE kind = 'commentary'").get() as { n: number };
    expect(rows.n).toBe(0);
    day29.core.close();
  });
});
