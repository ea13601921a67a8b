import { Encoder, Index } from 'flexsearch';
import { createBodyIndex, type FtsText } from './body-index';
import { DocStore, type DocFacets } from './doc-store';
import { foldTerm } from '../../../src-shared/text/fold';
import { stem, stemmedText } from './stem';
import { extend1, extend2, SEED1, SEED2 } from './count-sketch';
import { TermIndex } from './term-index';
import { ftsTermSource } from './term-source';
import type { Tokens } from './terms';
import { entryTokens } from './index-entry';
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
const INDEX_FORMAT = 'flexsearch-0.8/v7-shared-fold+party-labels+places';
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

interface SearchIndexDeps {
  db: Db;
  /** Every document's index entry, read from SQLite (to build the term index when the library grows past `termsFrom`). */
  entries: () => Iterable<[number, IndexEntry]>;
  termsFrom?: number;
}

/**
 * The search index: FlexSearch over titles, FTS5 over every field, the
 * bitsets of frequent terms and runs of words (from 5,000 documents), and the
 * facet store. The in-memory parts are a cache: SQLite holds the truth, and
 * `persist`/`restore` keep a copy in the same database so a start does not
 * re-index; the copy is valid only for the library generation it was built at.
 */
export function createSearchIndex({ db, entries, termsFrom = TERMS_FROM }: SearchIndexDeps) {
  let indexes = newIndexes();
  let store = new DocStore();
  const body = createBodyIndex(db);
  const termSource = ftsTermSource(db);
  let terms: TermIndex | null = null;
  /** The whole library into a new term index, growing as a rebuild would (terms turn frequent early, while cheap to read back). */
  const buildTerms = (): TermIndex => {
    const built = new TermIndex(termSource);
    let n = 0;
    for (const [id, entry] of entries()) {
      built.add(id, entryTokens(entry), ++n);
      if (n % 1000 === 0) built.promote();
    }
    built.promote();
    return built;
  };
  const readCache = db.prepare('SELECT key, data FROM search_cache');
  const clearCache = db.prepare('DELETE FROM search_cache');
  const writeCache = db.prepare('INSERT OR REPLACE INTO search_cache (key, data) VALUES (?, ?)');
  const dropCache = db.prepare('DELETE FROM search_cache WHERE key = ?');
  const dropMemoryFields = db.prepare(`DELETE FROM search_cache WHERE ${MEMORY_FIELDS.map(() => 'substr(key, 1, instr(key, \':\')) = ?').join(' OR ')}`);
  /**
   * The persisted copy is rewritten whole only after a rebuild; otherwise a
   * persist writes what changed (at 100,000 documents the copy is 94 MB, and
   * a metadata edit changes a few hundred of its 4,000 sets). `inStep` says
   * the database holds this index's copy as of the last persist.
   */
  let inStep = false;
  /** The title index changed but its persisted copy was left for later (`persistDeferred`): it is tagged with an older generation. */
  let fieldsDeferred = false;
  /** Signature (two 32-bit hashes) of each document's title, by id: re-indexing the same title changes nothing. */
  let signatures = new Uint32Array(0);
  let memoryFieldsChanged = false;
  const signatureChanged = (id: number, text: string | null): boolean => {
    let a = 0;
    let b = 0;
    if (text !== null) {
      a = SEED1;
      b = SEED2;
      for (let i = 0; i < text.length; i++) {
        a = extend1(a, text.charCodeAt(i));
        b = extend2(b, text.charCodeAt(i));
      }
    }
    if (2 * id + 1 >= signatures.length) {
      const grown = new Uint32Array(Math.ceil((2 * id + 2) * 1.5));
      grown.set(signatures);
      signatures = grown;
    }
    // (0, 0) is "not known": after a restart the first re-index of a document counts as a change.
    const same = signatures[2 * id] === a && signatures[2 * id + 1] === b && (a | b) !== 0;
    signatures[2 * id] = a;
    signatures[2 * id + 1] = b;
    return !same;
  };

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
    /**
     * Indexes a document; call inside the transaction that saves it, and
     * `flush` before it commits. `tokens`: the entry's, if already worked out (`entryTokens`).
     */
    add(id: number, entry: IndexEntry, tokens?: Tokens): void {
      this.addToMemory(id, entry, tokens);
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
    addToMemory(id: number, entry: IndexEntry, tokens?: Tokens): void {
      this.addTitle(id, entry.title);
      store.set(id, entry.facets);
      terms?.add(id, tokens ?? entryTokens(entry), store.size);
    },
    /** The FlexSearch part of a document (its title), unless it holds that title already. */
    addTitle(id: number, title: string): void {
      if (!signatureChanged(id, title)) return;
      memoryFieldsChanged = true;
      if (title.length > 0) indexes.title.add(id, stemmedText(title));
      else indexes.title.remove(id);
    },
    remove(id: number): void {
      signatureChanged(id, null);
      memoryFieldsChanged = true;
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
      signatures = new Uint32Array(0);
      inStep = false;
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
    /**
     * Writes the in-memory parts into the database, tagged with the library
     * generation: what changed since the last persist, or (`whole`, or after a
     * rebuild) everything. With `deferTitles` (a metadata edit, a deletion) a
     * changed title index is not written now but by `persistDeferred` (at
     * close): at 100,000 documents it is 25 MB to serialise and write for one
     * title. Its copy keeps its own generation, so after a crash only the
     * title index is rebuilt, from the titles in SQLite.
     */
    persist(generation: number, { whole = false, deferTitles = false } = {}): void {
      terms?.demote(store.size);
      const all = whole || !inStep;
      const changes = terms?.serializeChanges(all) ?? { put: [], drop: [] };
      const parts: Array<[string, string | Buffer]> = [['#facets', store.serialize()], ...changes.put];
      const fields = all || ((memoryFieldsChanged || fieldsDeferred) && !deferTitles);
      if (fields) {
        for (const f of MEMORY_FIELDS) {
          indexes[f].export((key: string, data: string) => {
            parts.push([`${f}:${key}`, data]);
          });
        }
        // Kept with the title index they describe, so an edit after a restart knows whether a title changed.
        parts.push(['#signatures', Buffer.from(signatures.buffer, signatures.byteOffset, signatures.byteLength)]);
        parts.push(['#fields-generation', String(generation)]);
      } else if (!memoryFieldsChanged && !fieldsDeferred) {
        // No title changed: the title index's copy is as good for this generation.
        parts.push(['#fields-generation', String(generation)]);
      }
      // From here the copy is in step only once the transaction commits: a failed write means a whole one next time.
      inStep = false;
      db.transaction(() => {
        if (all) clearCache.run();
        else {
          for (const key of changes.drop) dropCache.run(key);
          if (fields) dropMemoryFields.run(...MEMORY_FIELDS.map((f) => `${f}:`));
        }
        writeCache.run('#format', INDEX_FORMAT);
        writeCache.run('#generation', String(generation));
        for (const [key, data] of parts) writeCache.run(key, data);
      })();
      inStep = true;
      if (fields) fieldsDeferred = false;
      else if (memoryFieldsChanged) fieldsDeferred = true;
      memoryFieldsChanged = false;
    },
    /** Writes what `persist` left for later (call when the library closes). */
    persistDeferred(generation: number): void {
      if (fieldsDeferred) this.persist(generation);
    },
    /**
     * Loads the persisted index if it matches `generation`; false means
     * rebuild. A title index left unwritten (a crash after a title edit) is
     * rebuilt from `titles` alone.
     */
    restore(generation: number, titles: () => Iterable<[number, string]>): boolean {
      const rows = readCache.all() as Array<{ key: string; data: string | Buffer }>;
      const parts = new Map(rows.map((r) => [r.key, r.data]));
      const facets = parts.get('#facets');
      if (parts.get('#format') !== INDEX_FORMAT || parts.get('#generation') !== String(generation) || typeof facets !== 'string') return false;
      const restoredStore = DocStore.deserialize(facets);
      const restoredTerms = parts.has('#terms') ? TermIndex.restore(termSource, parts) : null;
      // No term index, or an unreadable one: fine only for a library that needs none.
      if (!restoredTerms && (parts.has('#terms') || restoredStore.size >= termsFrom)) return false;
      const fresh = newIndexes();
      const fieldsInStep = parts.get('#fields-generation') === String(generation);
      if (fieldsInStep) {
        for (const { key, data } of rows) {
          const sep = key.indexOf(':');
          const field = key.slice(0, sep);
          if (sep < 0 || !isMemoryField(field) || typeof data !== 'string') continue;
          fresh[field].import(key.slice(sep + 1), data);
        }
      }
      indexes = fresh;
      store = restoredStore;
      terms = restoredTerms;
      signatures = fieldsInStep ? restoreSignatures(parts.get('#signatures')) : new Uint32Array(0);
      memoryFieldsChanged = false;
      fieldsDeferred = false;
      inStep = true;
      if (!fieldsInStep) {
        for (const [id, title] of titles()) this.addTitle(id, title);
        fieldsDeferred = true;
      }
      return true;
    },
  };
}

/** The persisted signatures; none (every document "not known") if missing. */
function restoreSignatures(blob: string | Buffer | undefined): Uint32Array<ArrayBuffer> {
  if (!(blob instanceof Buffer)) return new Uint32Array(0);
  // Copied: a Buffer from SQLite need not be aligned for a Uint32Array view.
  const out = new Uint32Array(blob.byteLength >>> 2);
  new Uint8Array(out.buffer).set(blob.subarray(0, out.byteLength));
  return out;
}

function isMemoryField(s: string): s is MemoryField {
  return (MEMORY_FIELDS as readonly string[]).includes(s);
}

export type SearchIndex = ReturnType<typeof createSearchIndex>;
