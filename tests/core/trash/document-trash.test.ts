import { describe, expect, it } from 'vitest';
import { SEEDS } from '../../helpers/temp-dir';
import { CAFFERY, idOf } from '../reading/helpers';
import { clockedLibrary, DAY, reopen } from './clock';

const PASSAGE = 'Thorez himself told them that they must not retreat';

describe('deleting a document keeps what the user wrote on it', () => {
  it('highlights, comments, its note, tags and dossier commentary come back when it is imported again', async () => {
    const { core, call, caffery } = await clockedLibrary();
    const text = core.repo.get(caffery)?.plainText ?? '';
    const start = text.indexOf(PASSAGE);
    await call('highlights.create', { docId: caffery, color: 'pink', comment: 'Moscow’s line', anchor: { quote: { exact: PASSAGE }, position: { start, end: start + PASSAGE.length } } });
    await call('notes.save', { docId: caffery, body: 'My reading of the strikes.' });
    await call('tags.set', { target: { docId: caffery }, tags: ['strikes'] });
    const d = await call('dossiers.create', { title: 'Strikes' });
    const [item] = (await call('dossiers.addItems', { dossierId: d.id, docIds: [caffery] })).items;
    await call('dossiers.updateItem', { itemId: item?.id ?? 0, commentary: 'The turning point.' });

    expect(await call('library.delete', { ids: [caffery] })).toEqual({ deleted: 1 });
    const [entry] = (await call('trash.list', {})).entries;
    expect(entry).toMatchObject({
      kind: 'document',
      title: CAFFERY,
      highlights: [expect.objectContaining({ exact: PASSAGE, comment: 'Moscow’s line', color: 'pink' })],
      note: { title: CAFFERY },
      dossiers: [{ dossierId: d.id, title: 'Strikes', commentary: 'The turning point.' }],
      tags: ['strikes'],
    });
    expect((await call('dossiers.get', { id: d.id })).items).toEqual([]);

    await core.importPaths([SEEDS]);
    const back = idOf(core, CAFFERY);
    expect(back).not.toBe(caffery);
    const highlights = await call('highlights.list', { docId: back });
    expect(highlights).toEqual([expect.objectContaining({ color: 'pink', comment: 'Moscow’s line', status: 'anchored' })]);
    expect(highlights[0]?.anchor.quote.exact).toBe(PASSAGE);
    expect((await call('notes.get', { docId: back }))?.body).toBe('My reading of the strikes.');
    expect((await call('notes.list', {})).filter((n) => n.docId === null)).toEqual([]);
    expect((await call('tags.list', {})).map((t) => t.tag)).toContain('strikes');
    expect((await call('dossiers.get', { id: d.id })).items).toEqual([expect.objectContaining({ docId: back, commentary: 'The turning point.' })]);
    expect((await call('library.search', { query: 'Moscow’s line' })).facets.notes).toBeGreaterThan(0);
    expect((await call('trash.list', {})).entries).toEqual([]);
    core.close();
  });

  it('the kept annotations are listed for 30 days, then purged', async () => {
    const { dir, clock, core, call, caffery } = await clockedLibrary();
    const text = core.repo.get(caffery)?.plainText ?? '';
    const start = text.indexOf(PASSAGE);
    await call('highlights.create', { docId: caffery, color: 'yellow', anchor: { quote: { exact: PASSAGE }, position: { start, end: start + PASSAGE.length } } });
    await call('library.delete', { ids: [caffery] });
    core.close();
    clock.advance(31 * DAY);
    const later = reopen(dir, clock);
    expect((await later.call('trash.list', {})).entries).toEqual([]);
    later.core.close();
  });
});
