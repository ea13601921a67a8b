import { rmSync } from 'node:fs';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { join } from 'node:path';
import { backupNames, isDailyName, privateDir, sealFile, stamp, takenAt, tidyBackups } from './backup-files';
import { checkFile, withReadOnly } from './file-check';
import type { Db } from './open-database';

const KEEP = 7;
const DUE_AFTER_MS = 12 * 60 * 60 * 1000;

const dailyIn = (dir: string): string[] => backupNames(dir).filter(isDailyName);

/*
 * Every copy is written under `.partial`, checked, made durable, and only then
 * renamed: a name without `.partial` always means a whole, verified copy.
 */

/** A copy that does not verify is dropped; the failure is reported, the library untouched. */
function refuse(partial: string, problems: string[]): never {
  rmSync(partial, { force: true });
  throw new Error(`The backup copy did not verify (${problems[0] ?? ''}); the library was left as it is.`);
}

/**
 * A copy before a migration changes the schema: the one moment a bug of ours
 * could damage every note at once. `VACUUM INTO` writes a consistent copy
 * (copying the file would miss what is still in the WAL).
 */
export function backupBeforeMigration(db: Db, dir: string, version: number, now = new Date()): string {
  privateDir(dir);
  tidyBackups(dir);
  const file = join(dir, `before-v${version}-${stamp(now)}.sqlite`);
  const partial = `${file}.partial`;
  db.prepare('VACUUM INTO ?').run(partial);
  const { problems } = checkFile(partial);
  if (problems.length > 0) refuse(partial, problems);
  sealFile(partial, file);
  return file;
}

/**
 * The daily copy is checked table by table (`integrity_check` of each table
 * and its indexes), yielding between tables, so the app stays usable while a
 * large library is verified: a whole-file check at 100,000 documents holds the
 * process for seconds. A copy made by SQLite's backup API has no page-level
 * damage of its own to find beyond that.
 */
async function checkInSteps(path: string): Promise<string[]> {
  const tables = withReadOnly(path, (db) => db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND rootpage > 0").pluck().all() as string[]);
  for (const table of tables) {
    await nextTurn();
    const problems = withReadOnly(path, (db) =>
      (db.pragma(`integrity_check("${table}")`) as Array<{ integrity_check: string }>).map((r) => r.integrity_check).filter((l) => l !== 'ok'),
    );
    if (problems.length > 0) return problems;
  }
  return [];
}

/**
 * A daily copy when the newest is over 12 hours old, keeping the last 7.
 * better-sqlite3's online backup copies in steps, so the app stays usable.
 */
export async function backupIfDue(db: Db, dir: string, now = new Date()): Promise<string | null> {
  privateDir(dir);
  tidyBackups(dir);
  const newest = dailyIn(dir).at(-1);
  if (newest && now.getTime() - (takenAt(newest)?.getTime() ?? 0) < DUE_AFTER_MS) return null;
  const file = join(dir, `library-${stamp(now)}.sqlite`);
  const partial = `${file}.partial`;
  await db.backup(partial);
  const problems = await checkInSteps(partial);
  if (problems.length > 0) refuse(partial, problems);
  sealFile(partial, file);
  for (const old of dailyIn(dir).slice(0, -KEEP)) {
    // A copy someone opened may have grown a WAL beside it.
    for (const suffix of ['', '-wal', '-shm']) rmSync(join(dir, old + suffix), { force: true });
  }
  return file;
}
