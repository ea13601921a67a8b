import { Encoder, Index } from 'flexsearch';
import { createBodyIndex } from './body-index';
import { foldTerm } from './fold';
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

/** Short fields, held in memory by FlexSearch for instant prefix matching. */
const MEMORY_FIELDS = ['title', 'people', 'place'] as const;
type MemoryField = (typeof MEMORY_FIELDS)[number];

/** A title match outweighs a match on people, which outweighs place and body. */
export const FIELD_WEIGHTS: Record<FieldName, number> = { title: 8, people: 4, place: 3, body: 1 };

/** Bump when the index options change, so an old persisted cache is rebuilt. */
const INDEX_FORMAT = 'flexsearch-0.8/v2';
const MAX_RESULTS = 100_000;

/**
 * Text is folded (case, diacritics) by `foldTerm` before it reaches FlexSearch,
 * once per document, which is several times cheaper than FlexSearch's own
 * per-word normalisation; the encoder then only splits words.
 */
const encoder = (): Encoder =>
  new Encoder({ normalize: false, dedupe: false, cache: false, include: { letter: true, number: true, symbol: false, punctuation: false, control: false } });

function newIndexes(): Record<MemoryField, Index> {
  // Forward tokenizing makes every prefix match, so results come as the user types.
  const make = (): Index => new Index({ encoder: encoder(), tokenize: 'forward', resolution: 9, cache: false });
  return { title: make(), people: make(), place: make() };
}

/**
 * The search index: FlexSearch over title, people and place, FTS5 over the
 * body. The FlexSearch part is a cache: SQLite holds the truth, and
 * `persist`/`restore` keep a copy in the same database so a start does not
 * re-index; the copy is valid only for the library generation it was built at.
 */
export function createSearchIndex({ db }: { db: Db }) {
  let indexes = newIndexes();
  const body = createBodyIndex(db);
  const readCache = db.prepare('SELECT key, data FROM search_cache');
  const clearCache = db.prepare('DELETE FROM search_cache');
  const writeCache = db.prepare('INSERT INTO search_cache (key, data) VALUES (?, ?)');

  return {
    /** Indexes a document; call inside the transaction that saves it, and `flush` before it commits. */
    add(id: number, entry: IndexEntry): void {
      this.addToMemory(id, entry);
      body.queue(id, entry.body);
    },
    flush(): void {
      body.flush();
    },
    /** After a rollback: forget buffered writes (the memory part is repaired by re-adding). */
    discard(): void {
      body.discard();
    },
    /** The in-memory part only, when rebuilding the cache (FTS5 is already in step). */
    addToMemory(id: number, entry: IndexEntry): void {
      for (const f of MEMORY_FIELDS) {
        if (entry[f].length > 0) indexes[f].add(id, foldTerm(entry[f]));
        else indexes[f].remove(id);
      }
    },
    remove(id: number): void {
      for (const f of MEMORY_FIELDS) indexes[f].remove(id);
      body.remove(id);
    },
    clearMemory(): void {
      indexes = newIndexes();
    },
    /** Ids whose field contains a word starting with `term` (folded), best first. */
    lookup(field: FieldName, term: string): number[] {
      if (field === 'body') return body.lookup(term, MAX_RESULTS);
      return indexes[field].search(term, { limit: MAX_RESULTS }).map(Number);
    },
    /** Writes the index into the database, tagged with the library generation. */
    persist(generation: number): void {
      const parts: Array<[string, string]> = [];
      for (const f of MEMORY_FIELDS) {
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
      const fresh = newIndexes();
      for (const { key, data } of rows) {
        const sep = key.indexOf(':');
        const field = key.slice(0, sep);
        if (sep < 0 || !isMemoryField(field)) continue;
        fresh[field].import(key.slice(sep + 1), data);
      }
      indexes = fresh;
      return true;
    },
  };
}

function isMemoryField(s: string): s is MemoryField {
  return (MEMORY_FIELDS as readonly string[]).includes(s);
}

export type SearchIndex = ReturnType<typeof createSearchIndex>;
