import Database from 'better-sqlite3';
import { migrations, type Migration } from './migrations';

export type Db = Database.Database;

/**
 * Opens (creating if needed) the library database with the settings that keep
 * notes safe: WAL, synchronous=FULL (survives power loss), foreign keys.
 */
export function openDatabase(path: string, list: Migration[] = migrations): Db {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // A whole FRUS volume is imported in one transaction; a bigger page cache keeps it from spilling.
  db.pragma('cache_size = -65536');
  if (process.platform === 'darwin') db.pragma('fullfsync = ON');
  const check = db.pragma('quick_check', { simple: true });
  if (check !== 'ok') {
    db.close();
    throw new Error(`The library database ${path} is damaged (quick_check: ${String(check)})`);
  }
  migrate(db, list);
  return db;
}

export function migrate(db: Db, list: Migration[]): void {
  const current = Number(db.pragma('user_version', { simple: true }));
  const latest = list.reduce((max, m) => Math.max(max, m.version), 0);
  if (current > latest) {
    throw new Error(
      `The library was written by a newer Chancery (schema ${current}; this version knows ${latest}). Update Chancery to open it.`,
    );
  }
  for (const m of [...list].sort((a, b) => a.version - b.version)) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}
