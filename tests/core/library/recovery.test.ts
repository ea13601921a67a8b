import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src-main/core/core';
import { checkFile } from '../../../src-main/core/db/file-check';
import { LibraryDamagedError } from '../../../src-main/core/db/library-damage';
import { chooseBackup, latestGoodBackup, listBackups, restoreBackup } from '../../../src-main/core/db/recovery';
import { damageTable } from '../../helpers/damage';
import { damagedLibrary } from '../../helpers/damaged-library';

const LIB = 'library.sqlite';

/** A library with one note, a daily backup of it, then a later edit, and the notes table damaged. */
const damaged = () =>
  damagedLibrary({ backedUp: 'Written before the backup.', after: 'Written after the backup.' }).then(({ lib, id, backupPath }) => ({ dir: lib, id, backup: backupPath }));

describe('a damaged library', () => {
  it('will not open, and the error says how to check and restore it', async () => {
    const { dir } = await damaged();
    expect(() => createCore({ libraryDir: dir })).toThrow(/damaged \(the notes table: .*cli -- check.*cli -- restore --backup latest/s);
  });

  it('whose header is gone is reported the same way, and checked as a whole', async () => {
    const { dir } = await damaged();
    writeFileSync(join(dir, LIB), Buffer.alloc(4096, 0x5a), { flag: 'r+' });
    expect(() => createCore({ libraryDir: dir })).toThrow(LibraryDamagedError);
    expect(checkFile(join(dir, LIB)).affected).toEqual(['the whole file']);
  });

  it('is checked raw, naming the damaged table', async () => {
    const { dir } = await damaged();
    const check = checkFile(join(dir, LIB));
    expect(check.problems.length).toBeGreaterThan(0);
    expect(check.affected).toContain('notes');
  });

  it('is restored from the latest backup, keeping the damaged file aside and the backups as they were', async () => {
    const { dir, id, backup } = await damaged();
    const backupBytes = readFileSync(backup);
    const restored = restoreBackup(dir, 'latest');
    expect(restored.backup.path).toBe(backup);
    const aside = restored.setAside[0] ?? '';
    expect(aside).toMatch(/backups\/library-damaged-.*\.sqlite$/);
    expect(checkFile(aside).affected).toContain('notes');
    expect(readFileSync(backup).equals(backupBytes)).toBe(true);

    const core = createCore({ libraryDir: dir });
    expect(core.notes.get(id)?.body).toBe('Written before the backup.');
    core.close();
    // The damaged copy is never taken for a backup, nor rotated away.
    expect(listBackups(dir).map((b) => b.name)).toEqual([backup.split('/').at(-1)]);
  });

  it('refuses a backup that does not verify, changing nothing', async () => {
    const { dir, backup } = await damaged();
    damageTable(backup, 'notes');
    const name = backup.split('/').at(-1) ?? '';
    const before = readFileSync(join(dir, LIB));
    expect(() => chooseBackup(dir, name)).toThrow(/cannot be restored: it is damaged .*Nothing was changed/);
    expect(() => restoreBackup(dir, 'latest')).toThrow(/No backup .* verifies; nothing was changed/);
    expect(readFileSync(join(dir, LIB)).equals(before)).toBe(true);
    expect(listBackups(dir)[0]?.problem).toMatch(/damaged/);
  });

  it('refuses a file that is not a Chancery library, or is from a newer Chancery', async () => {
    const { dir } = await damaged();
    const other = join(dir, 'backups', 'library-2099-01-01T00-00-00-000Z.sqlite');
    const db = new Database(other);
    db.exec('CREATE TABLE recipes (name TEXT)');
    db.pragma('user_version = 3');
    db.close();
    expect(() => chooseBackup(dir, 'library-2099-01-01T00-00-00-000Z.sqlite')).toThrow(/not a Chancery library/);

    const newer = join(dir, 'backups', 'library-2098-01-01T00-00-00-000Z.sqlite');
    copyFileSync(listBackups(dir).at(-1)?.path ?? '', newer);
    const n = new Database(newer);
    n.pragma('user_version = 999');
    n.close();
    expect(() => chooseBackup(dir, 'library-2098-01-01T00-00-00-000Z.sqlite')).toThrow(/newer Chancery/);
    // latest passes over both to the good daily copy.
    expect(latestGoodBackup(dir)?.name).toMatch(/^library-20(2|3)/);
  });
});

describe('a backup killed while being written', () => {
  it('is never picked by latest, and the next start removes what it left', async () => {
    const { dir, id, backup } = await damaged();
    const backups = join(dir, 'backups');
    // A kill mid-copy, now: a truncated .partial, and (as older versions wrote) a half-written copy under a good name.
    const partial = join(backups, 'library-2099-01-02T00-00-00-000Z.sqlite.partial');
    const halfWritten = join(backups, 'before-v5-2099-01-02T00-00-00-000Z.sqlite');
    copyFileSync(backup, partial);
    truncateSync(partial, 8192);
    copyFileSync(backup, halfWritten);
    truncateSync(halfWritten, Math.floor(statSync(backup).size / 2));
    writeFileSync(join(backups, 'library-2099-01-03T00-00-00-000Z.sqlite'), '');

    expect(latestGoodBackup(dir)?.path).toBe(backup);
    restoreBackup(dir, 'latest');
    const core = createCore({ libraryDir: dir });
    expect(core.notes.get(id)?.body).toBe('Written before the backup.');
    core.close();
    const left = readdirSync(backups);
    expect(left.filter((f) => f.includes('2099'))).toEqual([]);
    expect(left).toContain(backup.split('/').at(-1));
  });

  it('keeps backups private to the user', async () => {
    const { dir, backup } = await damaged();
    expect(statSync(join(dir, 'backups')).mode & 0o777).toBe(0o700);
    expect(statSync(backup).mode & 0o777).toBe(0o600);
    expect(existsSync(`${backup}.partial`)).toBe(false);
  });
});
