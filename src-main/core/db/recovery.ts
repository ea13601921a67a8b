import { chmodSync, copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { backupNames, privateDir, sealFile, stamp, takenAt } from './backup-files';
import { whyNotALibrary } from './file-check';

/**
 * Getting a damaged library back from `backups/`, shared by the CLI, the
 * Electron dialog and the browser host's recovery page.
 */
export const LIBRARY_FILE = 'library.sqlite';
export const backupsDir = (libraryDir: string): string => join(libraryDir, 'backups');

export interface BackupInfo {
  name: string;
  path: string;
  takenAt: Date;
  kind: 'daily' | 'before-migration';
  /** Why it cannot replace the library; null when it verifies. */
  problem: string | null;
}

/** Verifies one backup file (full integrity check, Chancery tables, a schema this build knows). */
export function verifyBackup(path: string): string | null {
  return whyNotALibrary(path);
}

function info(libraryDir: string, name: string): BackupInfo {
  const path = join(backupsDir(libraryDir), name);
  return {
    name,
    path,
    takenAt: takenAt(name) ?? new Date(0),
    kind: name.startsWith('before-v') ? 'before-migration' : 'daily',
    problem: verifyBackup(path),
  };
}

/** Every backup, newest first, each verified (this reads each file whole: call it when the user asks). */
export function listBackups(libraryDir: string): BackupInfo[] {
  return backupNames(backupsDir(libraryDir))
    .reverse()
    .map((name) => info(libraryDir, name));
}

/** The newest backup that verifies; older ones are only read when the newer fail. */
export function latestGoodBackup(libraryDir: string): BackupInfo | null {
  for (const name of backupNames(backupsDir(libraryDir)).reverse()) {
    const found = info(libraryDir, name);
    if (found.problem === null) return found;
  }
  return null;
}

export class RestoreRefused extends Error {}

/** Picks the backup by name or `latest`, refusing one that does not verify. */
export function chooseBackup(libraryDir: string, choice: string): BackupInfo {
  if (choice === 'latest') {
    const found = latestGoodBackup(libraryDir);
    if (!found) throw new RestoreRefused(`No backup in ${backupsDir(libraryDir)} verifies; nothing was changed.`);
    return found;
  }
  if (!backupNames(backupsDir(libraryDir)).includes(choice)) {
    throw new RestoreRefused(`There is no backup named ${choice} in ${backupsDir(libraryDir)}; nothing was changed.`);
  }
  const found = info(libraryDir, choice);
  if (found.problem) throw new RestoreRefused(`The backup ${choice} cannot be restored: ${found.problem}. Nothing was changed.`);
  return found;
}

export interface Restored {
  backup: BackupInfo;
  /** Where the replaced library file (and its -wal/-shm) now are; empty when there was none. */
  setAside: string[];
}

/**
 * Puts a verified backup in place of the library. The library file and its
 * WAL are moved aside into backups/ (never deleted: the WAL may hold edits
 * newer than any backup); the backup is copied, so every backup stays as it was.
 * The library must not be open while this runs.
 */
export function restoreBackup(libraryDir: string, choice: string, now = new Date()): Restored {
  const backup = chooseBackup(libraryDir, choice);
  const library = join(libraryDir, LIBRARY_FILE);
  const dir = backupsDir(libraryDir);
  privateDir(dir);
  const partial = `${library}.partial`;
  copyFileSync(backup.path, partial);
  // The copy is checked again where it lands, before anything of the user's moves.
  const problem = whyNotALibrary(partial);
  if (problem) {
    rmSync(partial, { force: true });
    throw new RestoreRefused(`The copy of ${backup.name} did not verify (${problem}); nothing was changed.`);
  }
  const aside = join(dir, `library-damaged-${stamp(now)}.sqlite`);
  const setAside: string[] = [];
  for (const suffix of ['', '-wal', '-shm']) {
    if (!existsSync(library + suffix)) continue;
    renameSync(library + suffix, aside + suffix);
    chmodSync(aside + suffix, 0o600);
    setAside.push(aside + suffix);
  }
  sealFile(partial, library);
  return { backup, setAside };
}

const two = (n: number): string => String(n).padStart(2, '0');

/** "2026-12-03 14:05", in the user's local time: when a backup was taken. */
export const when = (d: Date): string =>
  `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;

/** "3 hours", "2 days": how much work a restore gives up, in words. */
export function age(from: Date, now = new Date()): string {
  const minutes = Math.max(0, Math.round((now.getTime() - from.getTime()) / 60000));
  const [n, unit] = minutes < 90 ? [minutes, 'minute'] : minutes < 48 * 60 ? [Math.round(minutes / 60), 'hour'] : [Math.round(minutes / 1440), 'day'];
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** What the user is told after a restore, in every face. */
export function describeRestore({ backup, setAside }: Restored, now = new Date()): string[] {
  return [
    `Restored ${backup.name}, taken ${when(backup.takenAt)} (${age(backup.takenAt, now)} ago).`,
    `Edits made after that are not in the restored library.`,
    setAside.length > 0 ? `The replaced library file was kept as ${setAside[0] ?? ''}.` : 'There was no library file to set aside.',
  ];
}
