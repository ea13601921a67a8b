/**
 * What the build would cost if SQLite were all of it: the same rows and both
 * FTS5 tables written from ready strings (read back from the archive, with
 * the index text prepared beforehand), against the core's own build of as
 * many documents in the same sitting. The difference is the JavaScript of the
 * write path: what moving work off the writing thread could win back.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocumentBody, DocumentMeta, Placement } from '../../src-shared/model/document';
import { createCore } from '../../src-main/core/core';
import { LIBRARY_FILE } from '../../src-main/core/db/recovery';
import { toIndexEntry } from '../../src-main/core/search/index-entry';

type Row = Record<string, unknown> & { id: number; meta_json: string; body_json: string; placement_json: string | null; plain_text: string };

/** Docs per second of SQLite alone for `count` documents of the archive in `dir` (transactions of 1,000). */
export function sqliteFloor(dir: string, count: number): number {
  const archive = new Database(join(dir, LIBRARY_FILE), { readonly: true });
  const rows = archive.prepare('SELECT * FROM documents ORDER BY id LIMIT ?').all(count) as Row[];
  const collections = archive.prepare('SELECT * FROM collections').all() as Array<Record<string, unknown>>;
  archive.close();
  const texts = rows.map((r) => toIndexEntry(JSON.parse(r.meta_json) as DocumentMeta, JSON.parse(r.body_json) as DocumentBody, r.plain_text, r.placement_json ? (JSON.parse(r.placement_json) as Placement) : null));
  const fresh = mkdtempSync(join(tmpdir(), 'chancery-floor-'));
  const core = createCore({ libraryDir: fresh });
  try {
    const db = core.db;
    const put = (table: string, row: Record<string, unknown>): void => {
      const cols = Object.keys(row);
      db.prepare(`INSERT OR IGNORE INTO ${table} (${cols.join(',')}) VALUES (${cols.map((c) => `@${c}`).join(',')})`).run(row);
    };
    for (const c of collections) put('collections', c);
    const cols = Object.keys(rows[0] ?? {}).filter((c) => c !== 'id');
    const insert = db.prepare(`INSERT INTO documents (${cols.join(',')}) VALUES (${cols.map((c) => `@${c}`).join(',')})`);
    const fts = ['body_fts', 'body_exact_fts'].map((t) => db.prepare(`INSERT INTO ${t} (rowid, title, people, place, body) VALUES (?, ?, ?, ?, ?)`));
    const t0 = performance.now();
    for (let at = 0; at < rows.length; at += 1000) {
      db.transaction(() => {
        rows.slice(at, at + 1000).forEach((r, k) => {
          const id = Number(insert.run(Object.fromEntries(cols.map((c) => [c, r[c]]))).lastInsertRowid);
          const t = texts[at + k];
          if (t) for (const st of fts) st.run(id, t.title, t.people, t.place, t.body);
        });
      })();
    }
    return rows.length / ((performance.now() - t0) / 1000);
  } finally {
    core.close();
    rmSync(fresh, { recursive: true, force: true });
  }
}
