import { Index } from 'flexsearch';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCore } from '../../../src-main/core/core';
import { tempDir } from '../../helpers/temp-dir';
import { CORPUS } from './corpus-library';

afterEach(() => vi.restoreAllMocks());

describe('title words for ranking, from the full-text index', () => {
  it('finds every form of the word, gives up at the cap, and follows a retitling', async () => {
    const dir = tempDir();
    const core = createCore({ libraryDir: dir, termsFrom: 0 });
    await core.importPaths([CORPUS[0] ?? '']);
    const titled = core.db.prepare("SELECT id FROM documents WHERE title LIKE '%Gresham%' ORDER BY id").pluck().all() as number[];
    expect(titled.length).toBeGreaterThan(2);
    expect([...(core.index.titleWord('gresham', 10_000) ?? [])].sort((a, b) => a - b)).toEqual(titled);
    // More titles hold it than the cap: no list (such a word says nothing about rank).
    expect(core.index.titleWord('gresham', titled.length)).toBeNull();
    // Another form of a title's word ("Message of the President" in a title, "messages" typed).
    const message = core.db.prepare("SELECT id FROM documents WHERE title LIKE '%Message%'").pluck().all() as number[];
    expect(message.length).toBeGreaterThan(0);
    expect(core.index.titleWord('messages', 10_000)).toEqual(expect.arrayContaining(message));
    // Asked once, then the title changes: the next answer has it.
    expect(core.index.titleWord('zanzibar', 10_000)).toEqual([]);
    core.reading.metaEdits.edit(titled[0] ?? 0, 'title', 'Zanzibar memorandum');
    expect(core.index.titleWord('zanzibar', 10_000)).toEqual([titled[0]]);
    expect(core.index.titleWord('gresham', 10_000)).not.toContain(titled[0]);
    core.close();
  });

  it('a ranked search after a start never loads the title index; the [[ completion does', async () => {
    const dir = tempDir();
    const core = createCore({ libraryDir: dir, termsFrom: 0 });
    await core.importPaths([CORPUS[0] ?? '']);
    core.close();
    const imports = vi.spyOn(Index.prototype, 'import');
    const again = createCore({ libraryDir: dir, termsFrom: 0 });
    const hits = again.search.search({ query: 'Gresham instructions', limit: 20 }).hits;
    expect(hits.length).toBeGreaterThan(0);
    expect(imports).not.toHaveBeenCalled();
    expect(again.reading.suggest.suggest('Gresham', 10).items.length).toBeGreaterThan(0);
    expect(imports).toHaveBeenCalled();
    again.close();
  });
});
