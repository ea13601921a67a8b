import Database from 'better-sqlite3';
import { closeSync, openSync, writeSync } from 'node:fs';

/**
 * Writes garbage over the root page of one table's b-tree, as a failing disk
 * or a stray write would. The file must be closed (its WAL checkpointed).
 */
export function damageTable(file: string, table: string): void {
  const db = new Database(file);
  const root = db.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').pluck().get(table) as number;
  const pageSize = Number(db.pragma('page_size', { simple: true }));
  // Closing the only connection checkpoints the WAL into the file, so the garbage is what SQLite reads.
  db.close();
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (root - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
}
