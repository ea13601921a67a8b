import { chmodSync, closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The names and the on-disk handling of library copies in `backups/`:
 * `library-<stamp>.sqlite` (daily) and `before-v<N>-<stamp>.sqlite` (before a
 * migration). Anything else there (a damaged library set aside, a partial
 * copy) is never taken for a backup.
 */
const BACKUP_NAME = /^(?:library|before-v\d+)-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.sqlite$/;
const DAILY_NAME = /^library-\d{4}-\d{2}-\d{2}T/;

export const stamp = (now: Date): string => now.toISOString().replace(/[:.]/g, '-');

/** When the copy was taken, read back from its name (file times change when files are copied around). */
export function takenAt(name: string): Date | null {
  const m = BACKUP_NAME.exec(name);
  return m ? new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`) : null;
}

export const isBackupName = (name: string): boolean => BACKUP_NAME.test(name);
export const isDailyName = (name: string): boolean => isBackupName(name) && DAILY_NAME.test(name);

/** Backup names in `dir`, oldest first. */
export function backupNames(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.filter(isBackupName).sort((a, b) => (takenAt(a)?.getTime() ?? 0) - (takenAt(b)?.getTime() ?? 0));
}

/** Copies of the user's notes are as private as the library: only the user may read them. */
export function privateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}

/**
 * Cheap test that a file holds a whole SQLite database: the header is there
 * and the file is as long as the header says. A copy cut short by a kill fails
 * it; reading 100 bytes keeps it fit for every start.
 */
export function looksComplete(path: string): boolean {
  const header = Buffer.alloc(100);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return false;
  }
  try {
    if (readSync(fd, header, 0, 100, 0) < 100) return false;
    if (header.toString('latin1', 0, 16) !== 'SQLite format 3\0') return false;
    const raw = header.readUInt16BE(16);
    const pageSize = raw === 1 ? 65536 : raw;
    const pages = header.readUInt32BE(28);
    // The page count is only trusted when written by a SQLite that maintains it (offset 92 = change counter).
    if (pages === 0 || header.readUInt32BE(92) !== header.readUInt32BE(24)) return statSync(path).size % pageSize === 0;
    return statSync(path).size === pages * pageSize;
  } finally {
    closeSync(fd);
  }
}

/** Makes a finished copy durable and private, then gives it its final name in one step. */
export function sealFile(partial: string, file: string): void {
  chmodSync(partial, 0o600);
  const fd = openSync(partial, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(partial, file);
  syncDir(join(file, '..'));
}

/** The rename itself must survive a power cut; directories cannot be fsynced on Windows, where rename is durable anyway. */
function syncDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Not supported on this platform.
  }
}

/**
 * What a killed backup leaves: a `.partial` file, or (from versions that wrote
 * straight to the final name) a copy named like a good one but cut short.
 * Neither holds anything the live library lacks, so both are removed.
 */
export function tidyBackups(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const broken = name.endsWith('.partial') || (isBackupName(name) && !looksComplete(join(dir, name)));
    // Copies written before backups were made private.
    if (!broken && isBackupName(name)) chmodSync(join(dir, name), 0o600);
    if (!broken) continue;
    for (const suffix of ['', '-wal', '-shm']) rmSync(join(dir, name + suffix), { force: true });
    removed.push(name);
  }
  return removed;
}
