import { Encoder, Index } from 'flexsearch';
import { createBodyIndex, type FtsText } from './body-index';
import { DocStore, type DocFacets } from './doc-store';
import { foldTerm } from './fold';
import { stem, stemmedText } from './stem';
import { ftsTermSource, TermIndex } from './term-index';
import { tokenise, type Tokens } from './terms';
import type { Db } from '../db/open-database';

/** The text of one document as the index sees it, per field, and its facet values. */
export interface IndexEntry extends FtsText {
  facets: DocFacets;
}

/**
 * Titles, held in memory by FlexSearch for instant prefix matching (the `[[`
 * autocomplete, title boosts). People and place are ranked from the facet
 * store's dictionaries instead: at 100,000 documents a FlexSearch index over
 * them cost 40 MB persisted and 400 ms at start for a few thousand values.
 */
export const MEMORY_FIELDS = ['title'] as const;
export type MemoryField = (typeof MEMORY_FIELDS)[number];

/** A title match outweighs a match on people, which outweighs place and body. */
export const FIELD_WEIGHTS = { title: 8, people: 4, place: 3, body: 1 } as const;

/**
 * Below this many documents the term index stays off: FTS5 lists any word's
 * documents in well under a millisecond there, and tokenising every document
 * in JavaScript would cost imports a third of their speed. The import that
 * takes the library past it builds the term index in one pass.
 */
export const TERMS_FROM = 5000;

/** Bump when the index options change, so an old persisted cache is rebuilt. */
const INDEX_FORMAT = 'flexsearch-0.8/v6-title+facets+terms+runs';
const MAX_RESULTS = 100_000;

/**
 * Text is folded and stemmed by `stemmedText` before it reaches FlexSearch,
 * once per document, which is several times cheaper than FlexSearch's own
 * per-word normalisation; the encoder then only splits words.
 */
const encoder = (): Encoder =>
  new Encoder({ normalize: false, dedupe: false, cache: false, include: { letter: true, number: true, symbol: false, punctuation: false, control: false } });

function newIndexes(): Record<MemoryField, Index> {
  // Forward tokenizing makes every prefix match, so results come as the user types.
  const make = (): Index => new Index({ encoder: encoder(), tokenize: 'forward', resolution: 9, cache: false });
  return { title: make() };
}

/**
 * The search index: FlexSearch over titles, FTS5 over every field, the
 * frequent terms' bitsets, and the facet store. The in-memory parts are a cache: SQLite holds
 * the truth, and `persist`/`restore` keep a copy in the same database so a
 * start does not re-index; the copy is valid only for the library generation
 * it was built at.
 */
interface SearchIndexDeps {
  db: Db;
  /** Every document's index entry, read from SQLite (to build the term index when the library grows past `termsFrom`). */
  entries: () => Iterable<[number, IndexEntry]>;
  termsFrom?: number;
}

export function createSearchIndex({ db, entries, termsFrom = TERMS_FROM }: SearchIndexDeps) {
  let indexes = newIndexes();
  let store = new DocStore();
  const body = createBodyIndex(db);
  const termSource = ftsTermSource(db);
  let terms: TermIndex | null = null;
  const tokens = (entry: IndexEntry): Tokens => tokenise([entry.title, entry.people, entry.place, entry.body]);
  /** The whole library into a new term index, growing as a rebuild would (terms turn frequent early, while cheap to read back). */
  const buildTerms = (): TermIndex => {
    const built = new TermIndex(termSource);
    let n = 0;
    for (const [id, entry] of entries()) {
      built.add(id, tokens(entry), ++n);
      if (n % 1000 === 0) built.promote();
    }
    built.promote();
    return built;
  };
  const readCache = db.prepare('SELECT key, data FROM search_cache');
  const clearCache = db.prepare('DELETE FROM search_cache');
  const writeCache = db.prepare('INSERT INTO search_cache (key, data) VALUES (?, ?)');

  return {
    body,
    /** Facet values of every document, by id. */
    get store(): DocStore {
      return store;
    },
    /** Which documents hold each term and run: frequent ones in memory, the rest via FTS5; null while the library is small. */
    get terms(): TermIndex | null {
      return terms;
    },
    /** Indexes a document; call inside the transaction that saves it, and `flush` before it commits. */
    add(id: number, entry: IndexEntry): void {
      this.addToMemory(id, entry);
      body.queue(id, entry);
    },
    /** Writes buffered FTS5 rows; terms that became frequent are then read back from FTS5. */
    flush(): void {
      body.flush();
      if (terms) terms.promote();
      else if (store.size >= termsFrom) terms = buildTerms();
    },
    /** After a rollback: forget buffered writes (the memory part is repaired by re-adding). */
    discard(): void {
      body.discard();
      terms?.discard();
    },
    /** The in-memory part only, when rebuilding the cache (FTS5 is already in step). */
    addToMemory(id: number, entry: IndexEntry): void {
      for (const f of MEMORY_FIELDS) {
        if (entry[f].length > 0) indexes[f].add(id, stemmedText(entry[f]));
        else indexes[f].remove(id);
      }
      store.set(id, entry.facets);
      terms?.add(id, tokens(entry), store.size);
    },
    remove(id: number): void {
      for (const f of MEMORY_FIELDS) indexes[f].remove(id);
      store.remove(id);
      terms?.forget(id);
      body.remove(id);
    },
    /** Empties the in-memory parts before a rebuild of `docs` documents (with a term index if that many need one). */
    clearMemory(docs: number): void {
      indexes = newIndexes();
      store = new DocStore();
      terms = docs >= termsFrom ? new TermIndex(termSource) : null;
    },
    /**
     * Ids whose field has a word starting with `term` (folded) or, for another
     * form of the same word, with its stem; best first.
     */
    lookup(field: MemoryField, term: string, limit = MAX_RESULTS): number[] {
      const word = foldTerm(term);
      const found = indexes[field].search(word, { limit }).map(Number);
      const s = stem(word);
      if (s === word || s.length < 2) return found;
      const seen = new Set(found);
      for (const id of indexes[field].search(s, { limit })) if (!seen.has(Number(id))) found.push(Number(id));
      return found;
    },
    /** Writes the in-memory parts into the database, tagged with the library generation. */
    persist(generation: number): void {
      terms?.demote(store.size);
      const parts: Array<[string, string | Buffer]> = [['#facets', store.serialize()], ...(terms?.serialize() ?? [])];
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
      const rows = readCache.all() as Array<{ key: string; data: string | Buffer }>;
      const parts = new Map(rows.map((r) => [r.key, r.data]));
      const facets = parts.get('#facets');
      if (parts.get('#format') !== INDEX_FORMAT || parts.get('#generation') !== String(generation) || typeof facets !== 'string') return false;
      const restoredStore = DocStore.deserialize(facets);
      const restoredTerms = parts.has('#terms') ? TermIndex.restore(termSource, parts) : null;
      // No term index, or an unreadable one: fine only for a library that needs none.
      if (!restoredTerms && (parts.has('#terms') || restoredStore.size >= termsFrom)) return false;
      const fresh = newIndexes();
      for (const { key, data } of rows) {
        const sep = key.indexOf(':');
        const field = key.slice(0, sep);
        if (sep < 0 || !isMemoryField(field) || typeof data !== 'string') continue;
        fresh[field].import(key.slice(sep + 1), data);
      }
      indexes = fresh;
      store = restoredStore;
      terms = restoredTerms;
      return true;
    },
  };
}

function isMemoryField(s: string): s is MemoryField {
  return (MEMORY_FIELDS as readonly string[]).includes(s);
}

export type SearchIndex = ReturnType<typeof createSearchIndex>;
