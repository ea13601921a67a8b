import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src-main/core/core';
import { LIBRARY_FILE } from '../../../src-main/core/db/recovery';
import { tempDir } from '../../helpers/temp-dir';
import { allIds, CORPUS } from './corpus-library';

/**
 * A library from before migration 10: the schema at version 9 (no unstemmed
 * table) and its full-text table filled by that version's code, which wrote
 * exactly what today's writes to `body_fts`. Built by importing and then
 * undoing what migration 10 and today's index version added.
 */
function downgradeToVersion9(dir: string): void {
  const db = new Database(join(dir, LIBRARY_FILE));
  db.exec("DROP TABLE body_exact_fts; DROP TABLE doc_link_targets; DROP TABLE doc_links; UPDATE settings SET value = 'porter-4col/v1' WHERE key = 'search.fts'; PRAGMA user_version = 9;");
  db.close();
}

describe('=word in a library made before it', () => {
  it('migration 10 and the next open fill the exact-word index from the documents', async () => {
    const dir = tempDir();
    const core = createCore({ libraryDir: dir });
    const report = await core.importPaths([CORPUS[0] ?? '']);
    expect(report.failed).toEqual([]);
    const expected = allIds(core, { query: '=contained' });
    const stemmed = allIds(core, { query: 'contained ' });
    expect(expected.length).toBeGreaterThan(0);
    expect(stemmed.length).toBeGreaterThan(expected.length);
    core.close();

    downgradeToVersion9(dir);
    const old = new Database(join(dir, LIBRARY_FILE), { readonly: true });
    expect(old.pragma('user_version', { simple: true })).toBe(9);
    old.close();

    const upgraded = createCore({ libraryDir: dir });
    expect(upgraded.indexRebuilt).toBe(true);
    expect(upgraded.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(10);
    expect(allIds(upgraded, { query: '=contained' })).toEqual(expected);
    expect(allIds(upgraded, { query: 'contained ' })).toEqual(stemmed);
    upgraded.close();
    // Filled once: the next start reads the persisted index.
    const again = createCore({ libraryDir: dir });
    expect(again.indexRebuilt).toBe(false);
    expect(allIds(again, { query: '=contained' })).toEqual(expected);
    again.close();
  });
});
