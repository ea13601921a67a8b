import { ChanceryError, type Deleted, type SavedQuery, type WorkingSet } from '../../contract';
import { KEEP_DELETED_DAYS } from '../annotations/highlights';
import type { Db } from '../db/open-database';
import { nameTaken } from './saved-searches';

interface Row {
  id: number;
  name: string;
  filters_json: string;
  frozen_count: number;
  left: number;
  created_at: string;
  updated_at: string;
}

const toSet = (r: Row): WorkingSet => ({
  id: r.id,
  name: r.name,
  search: JSON.parse(r.filters_json) as SavedQuery,
  frozenCount: r.frozen_count,
  left: r.left,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const SELECT = `SELECT s.*, (SELECT count(*) FROM working_set_docs w JOIN documents d ON d.key = w.doc_key WHERE w.set_id = s.id) AS left FROM working_sets s`;

interface Deps {
  db: Db;
  now: () => string;
  /** Every document a search matches (the search's own filters and words). */
  matchIds: (search: SavedQuery) => ArrayLike<number>;
}

/**
 * Working sets: a result set frozen under a name, every matching document
 * (not a page), with the search and the count at freezing. `set:"name"`
 * (filters.ts) limits later searches to it.
 */
export function createWorkingSets({ db, now, matchIds }: Deps) {
  const get = (id: number, deleted = false): WorkingSet => {
    const row = db.prepare(`${SELECT} WHERE s.id = ? AND (s.deleted_at IS NOT NULL) = ?`).get(id, deleted ? 1 : 0) as Row | undefined;
    if (!row) throw new ChanceryError('not-found', `Working set ${id} not found`);
    return toSet(row);
  };
  const free = (name: string, except = 0): void => {
    if (nameTaken(db, 'working_sets', name, except)) throw new ChanceryError('conflict', `A working set is already named "${name}"`);
  };
  const addMember = db.prepare('INSERT OR IGNORE INTO working_set_docs (set_id, doc_key) SELECT ?, key FROM documents WHERE id = ?');
  return {
    list(): WorkingSet[] {
      return (db.prepare(`${SELECT} WHERE s.deleted_at IS NULL ORDER BY s.name COLLATE NOCASE`).all() as Row[]).map(toSet);
    },
    freeze(name: string, search: SavedQuery): WorkingSet {
      free(name);
      const ids = matchIds(search);
      const at = now();
      const id = db.transaction(() => {
        const { lastInsertRowid } = db
          .prepare('INSERT INTO working_sets (name, query, filters_json, frozen_count, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
          .run(name, search.query, JSON.stringify(search), ids.length, at, at);
        const setId = Number(lastInsertRowid);
        for (let i = 0; i < ids.length; i++) addMember.run(setId, ids[i]);
        return setId;
      })();
      return get(id);
    },
    rename(id: number, name: string): WorkingSet {
      get(id);
      free(name, id);
      db.prepare('UPDATE working_sets SET name = ?, updated_at = ? WHERE id = ?').run(name, now(), id);
      return get(id);
    },
    delete(id: number): Deleted {
      get(id);
      const at = now();
      db.prepare('UPDATE working_sets SET deleted_at = ? WHERE id = ?').run(at, id);
      return { id, deletedAt: at, keptForDays: KEEP_DELETED_DAYS };
    },
    restore(id: number): WorkingSet {
      const s = get(id, true);
      const name = nameTaken(db, 'working_sets', s.name) ? `${s.name} (restored)` : s.name;
      db.prepare('UPDATE working_sets SET deleted_at = NULL, name = ? WHERE id = ?').run(name, id);
      return get(id);
    },
    /** The members the library still holds, oldest first (undated last). */
    docIds(id: number): number[] {
      get(id);
      return db
        .prepare(
          `SELECT d.id FROM working_set_docs w JOIN documents d ON d.key = w.doc_key WHERE w.set_id = ?
           ORDER BY d.date_start IS NULL, d.date_start, d.id`,
        )
        .pluck()
        .all(id) as number[];
    },
    purgeDeletedBefore(cutoff: string): number {
      return db.prepare('DELETE FROM working_sets WHERE deleted_at IS NOT NULL AND deleted_at < ?').run(cutoff).changes;
    },
  };
}

export type WorkingSets = ReturnType<typeof createWorkingSets>;
