import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * A library holds the user's own research: only they may read it. Folders
 * 0700, files 0600 — set on creation, and taken back on every open from what
 * an older Chancery left readable by others. Windows has no POSIX modes (a
 * profile's folders are already its user's), so nothing is changed there.
 */
const POSIX = process.platform !== 'win32';
export const PRIVATE_DIR = 0o700;
export const PRIVATE_FILE = 0o600;

function privateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR });
  if (POSIX) chmodSync(dir, PRIVATE_DIR);
}

/** The library folder and its backups folder (whose copies are the library too). */
export function preparePrivateLibrary(libraryDir: string): void {
  // The parents (e.g. ~/.local/share) keep the usual mode: only Chancery's own folder is made private.
  mkdirSync(dirname(libraryDir), { recursive: true });
  privateDir(libraryDir);
  const backups = join(libraryDir, 'backups');
  privateDir(backups);
  if (!POSIX) return;
  for (const name of readdirSync(backups)) {
    const file = join(backups, name);
    if (statSync(file).isFile()) chmodSync(file, PRIVATE_FILE);
  }
}

/**
 * The database file, created 0600 before SQLite opens it: SQLite gives its
 * -wal, -shm and journal the database file's mode, so they are private too.
 */
export function privateDatabaseFile(path: string): void {
  if (!POSIX || path === '' || path === ':memory:') return;
  closeSync(openSync(path, 'a', PRIVATE_FILE));
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    if (existsSync(path + suffix)) chmodSync(path + suffix, PRIVATE_FILE);
  }
}
