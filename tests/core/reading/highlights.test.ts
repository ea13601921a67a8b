import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src-main/core/core';
import { SEEDS, tempDir } from '../../helpers/temp-dir';
import { api, CAFFERY, failureOf, idOf } from './helpers';

const CAFFERY_FILE = '000_8ab097fc53f10806.txt';
const LATER = 'Thorez himself told them that they must not retreat';
const DOOMED = 'A further disquieting sign to the Interior Ministry is not only the action of the Communist group';
const EDITED = 'flying squads of hardened Communist shock troops';
const ON_811 = 'the possibility that the party will be declared';

/** A library holding a copy of the Caffery telegram, so the test can change it and re-import. */
async function cafferyLibrary() {
  const src = tempDir('chancery-src-');
  copyFileSync(join(SEEDS, CAFFERY_FILE), join(src, CAFFERY_FILE));
  const core = createCore({ libraryDir: tempDir() });
  await core.importPaths([src]);
  const id = idOf(core, CAFFERY);
  const text = core.repo.get(id)?.plainText ?? '';
  return { src, core, call: api(core), id, text };
}

function selection(text: string, exact: string) {
  const start = text.indexOf(exact);
  expect(start, exact).toBeGreaterThanOrEqual(0);
  return { quote: { exact }, position: { start, end: start + exact.length } };
}

describe('highlights anchored to the text', () => {
  it('are created from a selection, with context and the printed page they fall on', async () => {
    const { core, call, id, text } = await cafferyLibrary();
    const h = await call('highlights.create', { docId: id, color: 'yellow', comment: 'Moscow *orders*', anchor: selection(text, ON_811) });
    expect(h).toMatchObject({ status: 'anchored', page: '811', comment: 'Moscow *orders*', color: 'yellow' });
    expect(h.anchor.quote.prefix).toBe(text.slice(h.anchor.position.start - 32, h.anchor.position.start));
    expect(h.anchor.quote.suffix).toBe(text.slice(h.anchor.position.end, h.anchor.position.end + 32));
    // Before the [Page 811] marker the telegram is on page 810, which the source never prints.
    const early = await call('highlights.create', { docId: id, color: 'green', anchor: selection(text, LATER) });
    expect(early.page).toBeNull();
    core.close();
  });

  it('trusts the quote over stale offsets, and refuses text that is not in the document', async () => {
    const { core, call, id, text } = await cafferyLibrary();
    const right = selection(text, LATER);
    const h = await call('highlights.create', { docId: id, color: 'blue', anchor: { ...right, position: { start: 3, end: 3 + LATER.length } } });
    expect(h.anchor.position).toEqual(right.position);
    const err = await failureOf(call('highlights.create', { docId: id, color: 'blue', anchor: { quote: { exact: 'never said' }, position: { start: 0, end: 10 } } }));
    expect(err.code).toBe('invalid-argument');
    core.close();
  });

  it('re-anchor after the document is re-imported with edited paragraphs; a highlight whose text is gone is orphaned, not dropped', async () => {
    const { src, core, call, id, text } = await cafferyLibrary();
    const later = await call('highlights.create', { docId: id, color: 'yellow', anchor: selection(text, LATER) });
    const doomed = await call('highlights.create', { docId: id, color: 'pink', comment: 'check the Assembly', anchor: selection(text, DOOMED) });
    const edited = await call('highlights.create', { docId: id, color: 'green', anchor: selection(text, EDITED) });

    const original = readFileSync(join(src, CAFFERY_FILE), 'utf8');
    const changed = original
      .replace('5186. A high official', '5186. [Corrected copy received later, with an added sentence.] A high official')
      .replace(/\nA further disquieting sign[^\n]*\n/, '\n')
      .replace('shock troops', 'shock-troops');
    expect(changed).not.toBe(original);
    writeFileSync(join(src, CAFFERY_FILE), changed);
    const report = await core.importPaths([src]);
    expect(report.failed).toEqual([]);
    expect(idOf(core, CAFFERY)).toBe(id);

    // Re-placed by the import itself, in its transaction — not only when next read.
    const stored = core.db.prepare('SELECT status FROM highlights WHERE id = ?').get(doomed.id) as { status: string };
    expect(stored.status).toBe('orphaned');

    const newText = core.repo.get(id)?.plainText ?? '';
    const byId = new Map((await call('highlights.list', { docId: id })).map((h) => [h.id, h]));
    expect(byId.size).toBe(3);

    const moved = byId.get(later.id);
    expect(moved?.status).toBe('anchored');
    expect(moved?.anchor.position.start).toBeGreaterThan(later.anchor.position.start);
    expect(newText.slice(moved?.anchor.position.start, moved?.anchor.position.end)).toBe(LATER);

    const fuzzy = byId.get(edited.id);
    expect(fuzzy?.status).toBe('anchored');
    expect(fuzzy?.anchor.quote.exact).toBe('flying squads of hardened Communist shock-troops');

    const orphan = byId.get(doomed.id);
    expect(orphan).toMatchObject({ status: 'orphaned', comment: 'check the Assembly', page: null });
    expect(orphan?.anchor.quote.exact).toBe(DOOMED);

    // Persisted: a fresh start reads the new positions as they are.
    core.close();
    const again = api(createCore({ libraryDir: core.db.name.replace(/\/library\.sqlite$/, '') }));
    const after = await again('highlights.list', { docId: id });
    expect(after.find((h) => h.id === later.id)?.anchor.position).toEqual(moved?.anchor.position);
  });

  it('update colour and comment; delete is undone by restore', async () => {
    const { core, call, id, text } = await cafferyLibrary();
    const h = await call('highlights.create', { docId: id, color: 'yellow', anchor: selection(text, LATER) });
    const updated = await call('highlights.update', { id: h.id, color: 'pink', comment: 'Thorez' });
    expect(updated).toMatchObject({ color: 'pink', comment: 'Thorez' });
    expect((await call('highlights.update', { id: h.id, comment: null })).comment).toBeNull();

    const deleted = await call('highlights.delete', { id: h.id });
    expect(deleted).toMatchObject({ id: h.id, keptForDays: 30 });
    expect(await call('highlights.list', { docId: id })).toEqual([]);
    expect((await failureOf(call('highlights.update', { id: h.id, color: 'blue' }))).code).toBe('not-found');
    const back = await call('highlights.restore', { id: h.id });
    expect(back).toMatchObject({ id: h.id, color: 'pink', status: 'anchored' });
    expect((await call('highlights.list', { docId: id })).map((x) => x.id)).toEqual([h.id]);
    core.close();
  });

  it('deleted more than 30 days ago are purged when the library opens', async () => {
    const { core, call, id, text } = await cafferyLibrary();
    const old = await call('highlights.create', { docId: id, color: 'yellow', anchor: selection(text, LATER) });
    const recent = await call('highlights.create', { docId: id, color: 'yellow', anchor: selection(text, EDITED) });
    await call('highlights.delete', { id: old.id });
    await call('highlights.delete', { id: recent.id });
    core.db.prepare('UPDATE highlights SET deleted_at = ? WHERE id = ?').run('2000-01-01T00:00:00.000Z', old.id);
    const dir = core.db.name.replace(/\/library\.sqlite$/, '');
    core.close();
    const reopened = createCore({ libraryDir: dir });
    const call2 = api(reopened);
    expect((await failureOf(call2('highlights.restore', { id: old.id }))).code).toBe('not-found');
    expect((await call2('highlights.restore', { id: recent.id })).id).toBe(recent.id);
    reopened.close();
  });
});
