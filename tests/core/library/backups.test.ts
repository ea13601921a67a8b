import { copyFileSync, existsSync, readdirSync, statSync, truncateSync } from 'node:fs';
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

  it('writes private copies, and the next start removes what a killed backup left', async () => {
    const dir = tempDir();
    const core = createCore({ libraryDir: dir });
    await core.importPaths([SEEDS]);
    const good = (await core.backupIfDue()) ?? '';
    core.close();
    const backups = join(dir, 'backups');
    expect(statSync(backups).mode & 0o777).toBe(0o700);
    expect(statSync(good).mode & 0o777).toBe(0o600);
    expect(readdirSync(backups)).toEqual([good.split('/').at(-1)]);

    // Killed mid-copy: a truncated .partial, and a half-written copy named like a good one (as earlier versions wrote them).
    const partial = join(backups, 'library-2026-01-01T00-00-00-000Z.sqlite.partial');
    const halfWritten = join(backups, 'before-v5-2026-01-01T00-00-00-000Z.sqlite');
    for (const f of [partial, halfWritten]) {
      copyFileSync(good, f);
      truncateSync(f, Math.floor(statSync(good).size / 2));
    }
    createCore({ libraryDir: dir }).close();
    expect(readdirSync(backups)).toEqual([good.split('/').at(-1)]);
  });
});
