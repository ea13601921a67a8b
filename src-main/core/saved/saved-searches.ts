import { ChanceryError, type Deleted, type SavedQuery, type SavedSearch } from '../../contract';
import { KEEP_DELETED_DAYS } from '../annotations/highlights';
import type { Db } from '../db/open-database';

interface Row {
  id: number;
  name: string;
  filters_json: string;
  created_at: string;
  updated_at: string;
}

const toSaved = (r: Row): SavedSearch => ({ id: r.id, name: r.name, search: JSON.parse(r.filters_json) as SavedQuery, createdAt: r.created_at, updatedAt: r.updated_at });

/** A name is unique among the living (case aside): one click must run one search. */
export function nameTaken(db: Db, table: 'saved_searches' | 'working_sets', name: string, except = 0): boolean {
  return db.prepare(`SELECT 1 FROM ${table} WHERE name = ? COLLATE NOCASE AND deleted_at IS NULL AND id <> ?`).get(name, except) !== undefined;
}

/** Searches saved under a name: the whole search (query, filters, scope, sort) kept as the UI held it, to run again. */
export function createSavedSearches({ db, now }: { db: Db; now: () => string }) {
  const get = (id: number, deleted = false): SavedSearch => {
    const row = db.prepare(`SELECT * FROM saved_searches WHERE id = ? AND (deleted_at IS NOT NULL) = ?`).get(id, deleted ? 1 : 0) as Row | undefined;
    if (!row) throw new ChanceryError('not-found', `Saved search ${id} not found`);
    return toSaved(row);
  };
  const free = (name: string, except = 0): void => {
    if (nameTaken(db, 'saved_searches', name, except)) throw new ChanceryError('conflict', `A saved search is already named "${name}"`);
  };
  return {
    list(): SavedSearch[] {
      return (db.prepare('SELECT * FROM saved_searches WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE').all() as Row[]).map(toSaved);
    },
    save(name: string, search: SavedQuery): SavedSearch {
      free(name);
      const at = now();
      const { lastInsertRowid } = db.prepare('INSERT INTO saved_searches (name, query, filters_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(name, search.query, JSON.stringify(search), at, at);
      return get(Number(lastInsertRowid));
    },
    rename(id: number, name: string): SavedSearch {
      get(id);
      free(name, id);
      db.prepare('UPDATE saved_searches SET name = ?, updated_at = ? WHERE id = ?').run(name, now(), id);
      return get(id);
    },
    delete(id: number): Deleted {
      get(id);
      const at = now();
      db.prepare('UPDATE saved_searches SET deleted_at = ? WHERE id = ?').run(at, id);
      return { id, deletedAt: at, keptForDays: KEEP_DELETED_DAYS };
    },
    /** Back from the trash; if its name was taken meanwhile, it comes back as "name (restored)". */
    restore(id: number): SavedSearch {
      const s = get(id, true);
      const name = nameTaken(db, 'saved_searches', s.name) ? `${s.name} (restored)` : s.name;
      db.prepare('UPDATE saved_searches SET deleted_at = NULL, name = ? WHERE id = ?').run(name, id);
      return get(id);
    },
    purgeDeletedBefore(cutoff: string): number {
      return db.prepare('DELETE FROM saved_searches WHERE deleted_at IS NOT NULL AND deleted_at < ?').run(cutoff).changes;
    },
  };
}

export type SavedSearches = ReturnType<typeof createSavedSearches>;
