import Database from 'better-sqlite3';
import { dirname, join } from 'node:path';
import { privateDatabaseFile } from '../library/private-files';
import { backupBeforeMigration } from './backups';
import { migrations, type Migration } from './migrations';

export type Db = Database.Database;

/**
 * Opens (creating if needed) the library database with the settings that keep
 * notes safe: WAL, synchronous=FULL (survives power loss), foreign keys;
 * readable by its user alone (0600, and so are its -wal and -shm).
 */
export function openDatabase(path: string, list: Migration[] = migrations): Db {
  privateDatabaseFile(path);
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // A whole FRUS volume is imported in one transaction; a bigger page cache keeps it from spilling.
  db.pragma('cache_size = -65536');
  if (process.platform === 'darwin') db.pragma('fullfsync = ON');
  const damaged = quickCheckUserData(db);
  if (damaged) {
    db.close();
    throw new Error(`The library database ${path} is damaged (${damaged}); the CLI command "check" lists every problem.`);
  }
  migrate(db, list, join(dirname(path), 'backups'));
  return db;
}

/**
 * What only the user wrote — notes, highlights, tags, edits, dossiers — cannot
 * be re-imported, so it is checked at every open. A whole-file quick_check
 * takes seconds on a 100,000-document library (the imported text and its
 * indexes, which can be rebuilt from the sources); `integrityCheck` does that
 * on demand.
 */
const USER_TABLES = ['notes', 'note_links', 'note_tags', 'doc_tags', 'highlights', 'meta_edits', 'dossiers', 'dossier_items', 'reading_positions', 'settings'];

function quickCheckUserData(db: Db): string | null {
  const present = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name IN (SELECT value FROM json_each(?))`)
    .pluck()
    .all(JSON.stringify(USER_TABLES)) as string[];
  for (const table of present) {
    const result = db.pragma(`quick_check("${table}")`, { simple: true });
    if (result !== 'ok') return `quick_check of ${table}: ${String(result)}`;
  }
  return null;
}

/** The full check of every table and index, for when the user asks. */
export function integrityCheck(db: Db): string[] {
  return (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check);
}

export function migrate(db: Db, list: Migration[], backupDir?: string): void {
  const current = Number(db.pragma('user_version', { simple: true }));
  const latest = list.reduce((max, m) => Math.max(max, m.version), 0);
  if (current > latest) {
    throw new Error(
      `The library was written by a newer Chancery (schema ${current}; this version knows ${latest}). Update Chancery to open it.`,
    );
  }
  if (backupDir && current > 0 && latest > current) backupBeforeMigration(db, backupDir, current);
  for (const m of [...list].sort((a, b) => a.version - b.version)) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}
