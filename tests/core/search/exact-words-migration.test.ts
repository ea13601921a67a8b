import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src-main/core/core';
import { migrations } from '../../../src-main/core/db/migrations';
import { migrate } from '../../../src-main/core/db/open-database';
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
  const kept = new Set(schemaNames(version9Schema()));
  // Every table, trigger and index a later migration added goes (triggers first, so no drop fires one).
  const later = schemaObjects(db).filter((o) => !kept.has(o.name) && !o.name.startsWith('sqlite_'));
  for (const o of [...later].sort((a, b) => order(a.type) - order(b.type))) {
    if (schemaNames(db).includes(o.name)) db.exec(`DROP ${o.type.toUpperCase()} "${o.name}"`);
  }
  db.exec("UPDATE settings SET value = 'porter-4col/v1' WHERE key = 'search.fts'; PRAGMA user_version = 9;");
  db.close();
}

function order(type: string): number {
  return type === 'trigger' ? 0 : type === 'index' ? 1 : 2;
}

function schemaObjects(db: Database.Database): { type: string; name: string }[] {
  return db.prepare("SELECT type, name FROM sqlite_master WHERE type IN ('table', 'trigger', 'index')").all() as { type: string; name: string }[];
}

function schemaNames(db: Database.Database): string[] {
  return schemaObjects(db).map((o) => o.name);
}

/** An empty in-memory library migrated only as far as version 9. */
function version9Schema(): Database.Database {
  const db = new Database(':memory:');
  migrate(db, migrations.filter((m) => m.version <= 9));
  return db;
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

describe('=word after migration 20 (the unstemmed table keeps ids only)', () => {
  it('refills that table alone from the documents, and finds what it found with positions', async () => {
    const dir = tempDir();
    const core = createCore({ libraryDir: dir });
    expect((await core.importPaths([CORPUS[0] ?? ''])).failed).toEqual([]);
    const queries = ['=contained', '=contain*', '=Nicaragua', '=Nicaraguan', '=bluefields', 'Nicaragua =contained', '=contained OR =treaty'];
    const before = queries.map((query) => allIds(core, { query }));
    expect(before.map((ids) => ids.length > 0)).toEqual(queries.map(() => true));
    core.close();

    // Back to version 19: the table with positions, filled by migration 10's rule, and no `search.exact`.
    const db = new Database(join(dir, LIBRARY_FILE));
    const stemmedPages = (): unknown => db.prepare('SELECT count(*), sum(length(block)) FROM body_fts_data').raw().get();
    const stemmedBefore = stemmedPages();
    db.exec(`
      DROP TABLE body_exact_fts;
      ${migrations.find((m) => m.version === 10)?.sql.replace("DELETE FROM settings WHERE key = 'search.fts';", '') ?? ''}
      DELETE FROM settings WHERE key = 'search.exact';
      PRAGMA user_version = 19;`);
    db.close();

    const upgraded = createCore({ libraryDir: dir });
    expect(upgraded.db.prepare("SELECT sql FROM sqlite_master WHERE name = 'body_exact_fts'").pluck().get()).toMatch(/detail = none/);
    expect(queries.map((query) => allIds(upgraded, { query }))).toEqual(before);
    upgraded.close();
    const after = new Database(join(dir, LIBRARY_FILE), { readonly: true });
    // The stemmed table was left as it was: refilling it would have rewritten its segments.
    expect(after.prepare('SELECT count(*), sum(length(block)) FROM body_fts_data').raw().get()).toEqual(stemmedBefore);
    after.close();
  });
});
