import { Charset, Index } from 'flexsearch';
import type { Db } from '../db/open-database';

/** The text of one document as the index sees it, per field. */
export interface IndexEntry {
  title: string;
  people: string;
  place: string;
  body: string;
}

export const FIELDS = ['title', 'people', 'place', 'body'] as const;
export type FieldName = (typeof FIELDS)[number];

/** A title match outweighs a match on people, which outweighs place and body. */
export const FIELD_WEIGHTS: Record<FieldName, number> = { title: 8, people: 4, place: 3, body: 1 };

/** Bump when the index options change, so an old persisted cache is rebuilt. */
const INDEX_FORMAT = 'flexsearch-0.8/v1';
const MAX_RESULTS = 100_000;

function newIndex(): Index {
  // Forward tokenizing makes prefixes match, so results come as the user types.
  return new Index({ encoder: Charset.Normalize, tokenize: 'forward', resolution: 9, cache: false });
}

/**
 * FlexSearch indexes over the library. This is a cache: SQLite holds the truth,
 * and `persist`/`restore` keep a copy in the same database so a start does not
 * re-index. The cache is valid only for the library generation it was built at.
 */
export function createSearchIndex({ db }: { db: Db }) {
  let indexes = Object.fromEntries(FIELDS.map((f) => [f, newIndex()])) as Record<FieldName, Index>;
  const readCache = db.prepare('SELECT key, data FROM search_cache');
  const clearCache = db.prepare('DELETE FROM search_cache');
  const writeCache = db.prepare('INSERT INTO search_cache (key, data) VALUES (?, ?)');

  return {
    add(id: number, entry: IndexEntry): void {
      for (const f of FIELDS) {
        if (entry[f].length > 0) indexes[f].add(id, entry[f]);
        else indexes[f].remove(id);
      }
    },
    remove(id: number): void {
      for (const f of FIELDS) indexes[f].remove(id);
    },
    clear(): void {
      indexes = Object.fromEntries(FIELDS.map((f) => [f, newIndex()])) as Record<FieldName, Index>;
    },
    /** Ids whose field contains a word starting with `term`, best first. */
    lookup(field: FieldName, term: string): number[] {
      return indexes[field].search(term, { limit: MAX_RESULTS }).map(Number);
    },
    /** Writes the index into the database, tagged with the library generation. */
    persist(generation: number): void {
      const parts: Array<[string, string]> = [];
      for (const f of FIELDS) {
        indexes[f].export((key: string, data: string) => {
          parts.push([`${f}:${key}`, data]);
        });
      }
      db.transaction(() => {
        clearCache.run();
        writeCache.run('#format', INDEX_FORMAT);
        writeCache.run('#generation', String(generation));
        for (const [key, data] of parts) writeCache.run(key, data);
      })();
    },
    /** Loads the persisted index if it matches `generation`; false means rebuild. */
    restore(generation: number): boolean {
      const rows = readCache.all() as Array<{ key: string; data: string }>;
      const meta = new Map(rows.filter((r) => r.key.startsWith('#')).map((r) => [r.key, r.data]));
      if (meta.get('#format') !== INDEX_FORMAT || meta.get('#generation') !== String(generation)) return false;
      const fresh = Object.fromEntries(FIELDS.map((f) => [f, newIndex()])) as Record<FieldName, Index>;
      for (const { key, data } of rows) {
        const sep = key.indexOf(':');
        const field = key.slice(0, sep);
        if (sep < 0 || !isField(field)) continue;
        fresh[field].import(key.slice(sep + 1), data);
      }
      indexes = fresh;
      return true;
    },
  };
}

function isField(s: string): s is FieldName {
  return (FIELDS as readonly string[]).includes(s);
}

export type SearchIndex = ReturnType<typeof createSearchIndex>;
