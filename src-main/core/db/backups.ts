import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './open-database';

const KEEP = 7;
const DUE_AFTER_MS = 12 * 60 * 60 * 1000;

const backupsIn = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => /^library-.*\.sqlite$/.test(f))
    .sort();

const stamp = (now: Date): string => now.toISOString().replace(/[:.]/g, '-');

/**
 * A copy before a migration changes the schema: the one moment a bug of ours
 * could damage every note at once. `VACUUM INTO` writes a consistent copy
 * (copying the file would miss what is still in the WAL).
 */
export function backupBeforeMigration(db: Db, dir: string, version: number, now = new Date()): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `before-v${version}-${stamp(now)}.sqlite`);
  db.prepare('VACUUM INTO ?').run(file);
  return file;
}

/**
 * A daily copy when the newest is over 12 hours old, keeping the last 7.
 * better-sqlite3's online backup copies in steps, so the app stays usable;
 * the copy is renamed into place only when complete.
 */
export async function backupIfDue(db: Db, dir: string, now = new Date()): Promise<string | null> {
  mkdirSync(dir, { recursive: true });
  // A copy cut short by a quit is never renamed into place; drop it.
  for (const f of readdirSync(dir)) if (f.endsWith('.partial')) rmSync(join(dir, f), { force: true });
  const existing = backupsIn(dir);
  const newest = existing.at(-1);
  if (newest && now.getTime() - statSync(join(dir, newest)).mtimeMs < DUE_AFTER_MS) return null;
  const file = join(dir, `library-${stamp(now)}.sqlite`);
  const partial = `${file}.partial`;
  await db.backup(partial);
  renameSync(partial, file);
  for (const old of backupsIn(dir).slice(0, -KEEP)) {
    // A copy someone opened may have grown a WAL beside it.
    for (const suffix of ['', '-wal', '-shm']) rmSync(join(dir, old + suffix), { force: true });
  }
  return file;
}
