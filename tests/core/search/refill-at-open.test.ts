import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src-main/core/core';
import { FTS_SETTING } from '../../../src-main/core/search/ensure-index';
import { tempDir } from '../../helpers/temp-dir';
import { allIds, CORPUS } from './corpus-library';

describe('the full-text index refilled at open', () => {
  it('is rebuilt for a library of more than one write batch (483 documents) after an import stopped during its index catch-up', async () => {
    const dir = tempDir();
    const core = createCore({ libraryDir: dir });
    expect((await core.importPaths([CORPUS[1] ?? ''])).failed).toEqual([]);
    expect(core.repo.count()).toBeGreaterThan(256);
    const queries = ['railway', '"Siberian railway"', '=Siberia', 'NEAR(Harbin Chinese, 5)', 'Kerensky -Lenin'];
    const before = queries.map((query) => allIds(core, { query }));
    expect(before.map((ids) => ids.length > 0)).toEqual(queries.map(() => true));
    // What the import writer leaves while it catches up: a crash then means a refill at the next start.
    core.settings.set(FTS_SETTING, 'import unfinished');
    core.close();

    // Before the fix, this open failed ("connection is busy"): the refill wrote FTS5 while the documents were still being read.
    const reopened = createCore({ libraryDir: dir });
    expect(reopened.indexRebuilt).toBe(true);
    expect(queries.map((query) => allIds(reopened, { query }))).toEqual(before);
    reopened.close();
  });
});
