import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src-main/core/core';
import { SEEDS, tempDir } from '../../helpers/temp-dir';
import { api } from '../reading/helpers';
import { testClock, MINUTE } from '../trash/clock';

async function library() {
  const clock = testClock('2026-12-04T14:00:00.000Z');
  const core = createCore({ libraryDir: tempDir(), now: clock.now });
  await core.importPaths([SEEDS]);
  return { core, call: api(core), clock };
}

describe('research log', () => {
  it('keeps nothing until it is turned on, and nothing more once it is turned off', async () => {
    const { core, call, clock } = await library();
    expect(await call('researchLog.status', {})).toEqual({ on: false, entries: 0 });
    await call('library.search', { query: 'Caffery' });
    expect(await call('researchLog.list', {})).toEqual([]);

    await call('researchLog.setOn', { on: true });
    const found = await call('library.search', { query: 'Caffery', yearFrom: 1946, yearTo: 1948, sort: 'date' });
    clock.advance(MINUTE);
    // Scrolling fetches further pages of the same search: not a new search.
    await call('library.search', { query: 'Caffery', yearFrom: 1946, yearTo: 1948, sort: 'date', offset: 100 });
    const log = await call('researchLog.list', {});
    expect(log).toEqual([
      { id: expect.any(Number), kind: 'search', at: '2026-12-04T14:00:00.000Z', query: 'Caffery', filters: ['years 1946–1948'], scope: 'all', sort: 'date', count: found.total, libraryDocs: core.index.store.size },
    ]);

    await call('researchLog.setOn', { on: false });
    await call('library.search', { query: 'Leahy' });
    expect((await call('researchLog.list', {})).length).toBe(1);
    // The setting lives in the library: another start finds it as left.
    expect(await call('researchLog.status', {})).toEqual({ on: false, entries: 1 });
    core.close();
  });

  it('keeps the search typed, not each keystroke, and each export with its format and file name', async () => {
    const { core, call, clock } = await library();
    await call('researchLog.setOn', { on: true });
    for (const q of ['M', 'Mo', 'Mos', 'Moscow']) {
      await call('library.search', { query: q, live: true });
      clock.advance(300);
    }
    // Sorting just after typing finds the same documents: the same entry, sorted. Asked beside it (the years around, further pages): not a search.
    await call('library.search', { query: 'Moscow', sort: 'date', live: true });
    await call('library.search', { query: 'Moscow', limit: 1, live: false });
    clock.advance(MINUTE);
    await call('library.search', { query: 'Paris', from: 'Caffery' });
    const ids = (await call('library.search', { query: 'State' })).hits.slice(0, 2).map((h) => h.id);
    const file = await call('citations.export', { docIds: ids, format: 'ris' });
    const log = await call('researchLog.list', {});
    expect(log.map((e) => (e.kind === 'search' ? `search ${e.query} [${e.filters.join('; ')}]${e.sort === 'date' ? ' date' : ''}` : `export ${e.what} ${e.format} ${e.fileName} ${e.count}`))).toEqual([
      'search Moscow [] date',
      'search Paris [from: Caffery]',
      'search State []',
      `export the citations of 2 documents ris ${file.fileName} 2`,
    ]);
    core.close();
  });

  it('exports as a Markdown method appendix: dated, the searches in order with their counts', async () => {
    const { core, call, clock } = await library();
    await call('researchLog.setOn', { on: true });
    const moscow = await call('library.search', { query: 'Moscow' });
    clock.advance(10 * MINUTE);
    const caffery = await call('library.search', { query: '"Secretary of State"', from: 'Caffery', scope: 'documents' });
    clock.advance(24 * 60 * MINUTE);
    await call('citations.export', { docIds: [moscow.hits[0]?.id ?? 1], format: 'bibtex' });
    const md = (await call('researchLog.export', {})).content;
    const lines = md.split('\n');
    const first = lines.findIndex((l) => l.includes('Searched `Moscow`'));
    const second = lines.findIndex((l) => l.includes('Searched `"Secretary of State"`'));
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(lines[first]).toBe(`1. 14:00 — Searched \`Moscow\`: ${moscow.total} documents of ${core.index.store.size}`);
    expect(lines[second]).toBe(`2. 14:10 — Searched \`"Secretary of State"\` (from: Caffery; documents only): ${caffery.total === 1 ? '1 document' : `${caffery.total} documents`} of ${core.index.store.size}`);
    expect(md).toContain('## 4 December 2026');
    expect(md).toContain('## 5 December 2026');
    expect(md).toMatch(/3\. 14:10 — Exported the citations of 1 document \(1 document\) as bibtex to `document-\d+\.bib`/);
    expect(md).toContain('4 December 2026 to 5 December 2026: 2 searches, 1 export');

    expect((await call('researchLog.clear', {})).entries).toBe(0);
    core.close();
  });
});
