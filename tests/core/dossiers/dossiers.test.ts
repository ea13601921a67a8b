import { describe, expect, it } from 'vitest';
import type { Dossier, DossierExportStatus } from '../../../src-main/contract';
import { createCore, type Core } from '../../../src-main/core/core';
import { dispatch } from '../../../src-main/core/dispatch';
import { createHandlers } from '../../../src-main/core/handlers';
import { SEEDS, tempDir } from '../../helpers/temp-dir';

async function seeded(): Promise<{ core: Core; call: (name: string, arg: unknown) => Promise<unknown>; ids: Record<string, number> }> {
  const core = createCore({ libraryDir: tempDir() });
  await core.importPaths([SEEDS]);
  const handlers = createHandlers(core);
  const call = async (name: string, arg: unknown): Promise<unknown> => {
    const reply = await dispatch(handlers, name, arg);
    if (!reply.ok) throw Object.assign(new Error(reply.error.message), { code: reply.error.code });
    return reply.data;
  };
  const byTitle = (part: string): number => core.repo.list().find((d) => d.title.includes(part))?.id ?? -1;
  return { core, call, ids: { caffery: byTitle('Caffery'), leahy: byTitle('Leahy'), dejean: byTitle('Dejean') } };
}

const titles = (d: Dossier): string[] => d.items.map((i) => i.doc.title.split(' ').slice(-6).join(' '));

describe('dossiers', () => {
  it('creates, renames, lists and deletes dossiers', async () => {
    const { core, call } = await seeded();
    const d = (await call('dossiers.create', { title: '  Paris 1947  ', author: 'A. Historian' })) as Dossier;
    expect(d).toMatchObject({ title: 'Paris 1947', author: 'A. Historian', introduction: '', paper: 'a4', items: [] });
    const renamed = (await call('dossiers.update', { id: d.id, title: 'France, 1947', introduction: '# Intro', paper: 'letter' })) as Dossier;
    expect(renamed).toMatchObject({ title: 'France, 1947', author: 'A. Historian', introduction: '# Intro', paper: 'letter' });
    expect(await call('dossiers.list', {})).toEqual([expect.objectContaining({ id: d.id, title: 'France, 1947', itemCount: 0 })]);
    expect(await call('dossiers.delete', { id: d.id })).toMatchObject({ id: d.id, keptForDays: 30 });
    await expect(call('dossiers.get', { id: d.id })).rejects.toMatchObject({ code: 'not-found' });
    await expect(call('dossiers.create', { title: '   ' })).rejects.toMatchObject({ code: 'invalid-argument' });
    core.close();
  });

  it('adds several documents at once, ignores repeats, and lets a document sit in several dossiers', async () => {
    const { core, call, ids } = await seeded();
    const a = (await call('dossiers.create', { title: 'A' })) as Dossier;
    const b = (await call('dossiers.create', { title: 'B' })) as Dossier;
    const added = (await call('dossiers.addItems', { dossierId: a.id, docIds: [ids.dejean, ids.caffery] })) as Dossier;
    expect(added.items.map((i) => i.docId)).toEqual([ids.dejean, ids.caffery]);
    const again = (await call('dossiers.addItems', { dossierId: a.id, docIds: [ids.caffery, ids.leahy] })) as Dossier;
    expect(again.items.map((i) => i.docId)).toEqual([ids.dejean, ids.caffery, ids.leahy]);
    const inB = (await call('dossiers.addItems', { dossierId: b.id, docIds: [ids.caffery] })) as Dossier;
    expect(inB.items.map((i) => i.docId)).toEqual([ids.caffery]);
    await expect(call('dossiers.addItems', { dossierId: a.id, docIds: [999] })).rejects.toMatchObject({ code: 'not-found', message: expect.stringContaining('999') });
    expect(((await call('dossiers.get', { id: a.id })) as Dossier).items).toHaveLength(3);
    core.close();
  });

  it('reorders by an explicit list, sorts by date (undated last) and refuses partial orders', async () => {
    const { core, call, ids } = await seeded();
    const d = (await call('dossiers.create', { title: 'Order' })) as Dossier;
    const full = (await call('dossiers.addItems', { dossierId: d.id, docIds: [ids.dejean, ids.caffery, ids.leahy] })) as Dossier;
    const [dejean, caffery, leahy] = full.items.map((i) => i.id);
    const sorted = (await call('dossiers.sortByDate', { dossierId: d.id })) as Dossier;
    // Leahy: 1941; Caffery: 1947-12-03; Dejean: 1956-11-16.
    expect(sorted.items.map((i) => i.docId)).toEqual([ids.leahy, ids.caffery, ids.dejean]);
    const manual = (await call('dossiers.reorder', { dossierId: d.id, itemIds: [caffery, dejean, leahy] })) as Dossier;
    expect(manual.items.map((i) => i.docId)).toEqual([ids.caffery, ids.dejean, ids.leahy]);
    await expect(call('dossiers.reorder', { dossierId: d.id, itemIds: [caffery, dejean] })).rejects.toMatchObject({ code: 'invalid-argument' });
    await expect(call('dossiers.reorder', { dossierId: d.id, itemIds: [caffery, caffery, leahy] })).rejects.toMatchObject({ code: 'invalid-argument' });
    expect(titles((await call('dossiers.get', { id: d.id })) as Dossier)).toHaveLength(3);
    core.close();
  });

  it('keeps a commentary and a print mode per item, and removes items', async () => {
    const { core, call, ids } = await seeded();
    const d = (await call('dossiers.create', { title: 'Items' })) as Dossier;
    const full = (await call('dossiers.addItems', { dossierId: d.id, docIds: [ids.caffery, ids.leahy] })) as Dossier;
    const first = full.items[0]?.id ?? -1;
    expect(await call('dossiers.updateItem', { itemId: first, commentary: 'Read *with* care.', mode: 'highlights' })).toMatchObject({
      id: first,
      commentary: 'Read *with* care.',
      mode: 'highlights',
      doc: { id: ids.caffery },
    });
    await expect(call('dossiers.updateItem', { itemId: first, mode: 'summary' })).rejects.toMatchObject({ code: 'invalid-argument' });
    const after = (await call('dossiers.removeItem', { itemId: first })) as Dossier;
    expect(after.items.map((i) => i.docId)).toEqual([ids.leahy]);
    await expect(call('dossiers.removeItem', { itemId: first })).rejects.toMatchObject({ code: 'not-found' });
    core.close();
  });

  it('exports as a job: progress, then the PDF as base64 with its page count', async () => {
    const { core, call, ids } = await seeded();
    const d = (await call('dossiers.create', { title: 'Caffery and Leahy' })) as Dossier;
    await call('dossiers.addItems', { dossierId: d.id, docIds: [ids.caffery, ids.leahy] });
    const { jobId } = (await call('dossiers.export', { dossierId: d.id, paper: 'letter' })) as { jobId: string };
    let status = (await call('dossiers.exportStatus', { jobId })) as DossierExportStatus;
    while (!status.done) {
      await new Promise((r) => setTimeout(r, 20));
      status = (await call('dossiers.exportStatus', { jobId })) as DossierExportStatus;
    }
    expect(status.error).toBeNull();
    expect(status.progress).toMatchObject({ docsDone: 2, docsTotal: 2 });
    expect(status.result).toMatchObject({ fileName: 'Caffery-and-Leahy.pdf', warnings: [] });
    const bytes = Buffer.from(status.result?.bytesBase64 ?? '', 'base64');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(status.result?.pages).toBeGreaterThanOrEqual(5);
    await expect(call('dossiers.export', { dossierId: 4242 })).rejects.toMatchObject({ code: 'not-found' });
    await expect(call('dossiers.exportStatus', { jobId: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({ code: 'not-found' });
    core.close();
  });

  it('cancels an export that has not finished', async () => {
    const { core, call, ids } = await seeded();
    const d = (await call('dossiers.create', { title: 'Cancelled' })) as Dossier;
    await call('dossiers.addItems', { dossierId: d.id, docIds: [ids.caffery, ids.leahy, ids.dejean] });
    const { jobId } = (await call('dossiers.export', { dossierId: d.id })) as { jobId: string };
    expect(await call('dossiers.exportCancel', { jobId })).toEqual({ cancelled: true });
    let status = (await call('dossiers.exportStatus', { jobId })) as DossierExportStatus;
    while (!status.done) {
      await new Promise((r) => setTimeout(r, 20));
      status = (await call('dossiers.exportStatus', { jobId })) as DossierExportStatus;
    }
    expect(status).toMatchObject({ result: null, error: 'Export cancelled' });
    core.close();
  });

  it('drops items when their document leaves the library', async () => {
    const { core, call, ids } = await seeded();
    const d = (await call('dossiers.create', { title: 'Cascade' })) as Dossier;
    await call('dossiers.addItems', { dossierId: d.id, docIds: [ids.caffery, ids.leahy] });
    core.db.prepare('DELETE FROM documents WHERE id = ?').run(ids.leahy);
    expect(((await call('dossiers.get', { id: d.id })) as Dossier).items.map((i) => i.docId)).toEqual([ids.caffery]);
    core.close();
  });
});
