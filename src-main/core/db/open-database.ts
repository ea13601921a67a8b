import Database from 'better-sqlite3';
import { dirname, join } from 'node:path';
import { privateDatabaseFile } from '../library/private-files';
import { tidyBackups } from './backup-files';
import { backupBeforeMigration } from './backups';
import { asDamage, LibraryDamagedError } from './library-damage';
import { migrations, type Migration } from './migrations';

export type Db = Database.Database;

/**
 * Opens (creating if needed) the library database with the settings that keep
 * notes safe: WAL, synchronous=FULL (survives power loss), foreign keys;
 * readable by its user alone (0600, and so are its -wal and -shm).
 */
export function openDatabase(path: string, list: Migration[] = migrations): Db {
  privateDatabaseFile(path);
  let db: Db | null = null;
  try {
    db = new Database(path);
    return prepare(db, path, list);
  } catch (err) {
    db?.close();
    throw asDamage(err, path);
  }
}

function prepare(db: Db, path: string, list: Migration[]): Db {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // A whole FRUS volume is imported in one transaction; a bigger page cache keeps it from spilling.
  db.pragma('cache_size = -65536');
  if (process.platform === 'darwin') db.pragma('fullfsync = ON');
  const damaged = quickCheckUserData(db);
  if (damaged) throw new LibraryDamagedError(path, damaged);
  const backups = join(dirname(path), 'backups');
  tidyBackups(backups);
  migrate(db, list, backups);
  return db;
}

/**
 * What only the user wrote — notes, highlights, tags, edits, dossiers — cannot
 * be re-imported, so it is checked at every open. A whole-file quick_check
 * takes seconds on a 100,000-document library (the imported text and its
 * indexes, which can be rebuilt from the sources); `checkFile` (file-check.ts)
 * does that on demand.
 */
const USER_TABLES = ['notes', 'note_links', 'note_tags', 'doc_tags', 'highlights', 'meta_edits', 'dossiers', 'dossier_items', 'reading_positions', 'settings'];

function quickCheckUserData(db: Db): string | null {
  const present = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name IN (SELECT value FROM json_each(?))`)
    .pluck()
    .all(JSON.stringify(USER_TABLES)) as string[];
  for (const table of present) {
    const result = db.pragma(`quick_check("${table}")`, { simple: true });
    if (result !== 'ok') return `the ${table} table: ${String(result).replace('*** in database main ***\n', '')}`;
  }
  return null;
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
