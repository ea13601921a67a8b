import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src-main/core/core';
import { backupIfDue } from '../../../src-main/core/db/backups';
import { openDatabase } from '../../../src-main/core/db/open-database';
import { migrations } from '../../../src-main/core/db/migrations';
import { SEEDS, tempDir } from '../../helpers/temp-dir';

describe('library backups', () => {
  it('copies the library daily, with the notes in it, keeping the last 7', async () => {
    const dir = tempDir();
    const core = createCore({ libraryDir: dir });
    await core.importPaths([SEEDS]);
    const id = core.search.search({ query: 'Thorez' }).hits[0]?.id ?? 0;
    core.notes.save(id, 'Backed up, I hope.');
    const first = await core.backupIfDue();
    expect(first).not.toBeNull();
    expect(await core.backupIfDue()).toBeNull();

    const copy = new Database(first ?? '', { readonly: true });
    expect(copy.prepare('SELECT body FROM notes WHERE doc_id = ?').pluck().get(id)).toBe('Backed up, I hope.');
    copy.close();

    const backups = join(dir, 'backups');
    for (let day = 1; day <= 9; day++) await backupIfDue(core.db, backups, new Date(Date.now() + day * 13 * 3600 * 1000));
    const kept = readdirSync(backups).filter((f) => f.startsWith('library-'));
    expect(kept.filter((f) => f.endsWith('.sqlite'))).toHaveLength(7);
    expect(kept.filter((f) => !f.endsWith('.sqlite'))).toEqual([]);
    core.close();
  });

  it('copies the library before a migration changes its schema', () => {
    const dir = tempDir();
    const path = join(dir, 'library.sqlite');
    openDatabase(path, migrations.slice(0, 1)).close();
    openDatabase(path).close();
    const made = readdirSync(join(dir, 'backups'));
    expect(made).toHaveLength(1);
    const copy = new Database(join(dir, 'backups', made[0] ?? ''), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    copy.close();
    expect(existsSync(path)).toBe(true);
  });
});
