import { createBodyIndex, type FtsText } from './body-index';
import { DocStore, type DocFacets } from './doc-store';
import { TermIndex } from './term-index';
import { ftsTermSource } from './term-source';
import { createTitleIndex } from './title-index';
import { createTitleMatches } from './title-matches';
import { unreadSetReader } from './term-index-format';
import type { Tokens } from './terms';
import { entryTokens } from './index-entry';
import type { Db } from '../db/open-database';

/** The text of one document as the index sees it, per field, and its facet values. */
export interface IndexEntry extends FtsText {
  facets: DocFacets;
}

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
  const titleIndex = createTitleIndex(db);
  let store = new DocStore();
  const body = createBodyIndex(db);
  const titleMatches = createTitleMatches(db, body);
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
  // The title index's parts and the term index's sets are read when first needed (`title-index.ts`, `term-sets.ts`).
  const readCache = db.prepare("SELECT key, data FROM search_cache WHERE NOT (key >= 'title:' AND key < 'title;') AND NOT (key >= 'term:' AND key < 'term;')");
  const setReader = unreadSetReader(db);
  const clearCache = db.prepare('DELETE FROM search_cache');
  const writeCache = db.prepare('INSERT OR REPLACE INTO search_cache (key, data) VALUES (?, ?)');
  const dropCache = db.prepare('DELETE FROM search_cache WHERE key = ?');
  const dropTitleParts = db.prepare("DELETE FROM search_cache WHERE key >= 'title:' AND key < 'title;'");
  /**
   * The persisted copy is rewritten whole only after a rebuild; otherwise a
   * persist writes what changed (at 100,000 documents the copy is 94 MB, and
   * a metadata edit changes a few hundred of its 4,000 sets). `inStep` says
   * the database holds this index's copy as of the last persist.
   */
  let inStep = false;
  /** The title index changed but its persisted copy was left for later (`persistDeferred`): it is tagged with an older generation. */
  let fieldsDeferred = false;
  let memoryFieldsChanged = false;

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
     * Documents holding the term (folded, stemmed): counted from its set when
     * the term index keeps one, else by FTS5, whose vocabulary walks the
     * term's whole doclist (72 ms for `the` at 300,000 documents).
     */
    documentFrequency(term: string): number {
      return terms?.exactCount(term) ?? body.documentFrequency(term);
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
      if (titleIndex.add(id, title)) memoryFieldsChanged = true;
    },
    remove(id: number): void {
      titleIndex.remove(id);
      memoryFieldsChanged = true;
      store.remove(id);
      terms?.forget(id);
      body.remove(id);
    },
    /** Empties the in-memory parts before a rebuild of `docs` documents (with a term index if that many need one). */
    clearMemory(docs: number): void {
      titleIndex.clear();
      store = new DocStore();
      terms = docs >= termsFrom ? new TermIndex(termSource) : null;
      inStep = false;
    },
    /**
     * Ids whose field has a word starting with `term` (folded) or, for another
     * form of the same word, with its stem; best first.
     */
    lookup(field: 'title', term: string, limit?: number): number[] {
      return titleIndex.lookup(term, limit);
    },
    /** Ids whose title holds the word in any form (for ranking), null when `cap` titles or more do: from FTS5, never loading the title index. */
    titleWord(word: string, cap: number): readonly number[] | null {
      return titleMatches.ids(word, cap);
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
        parts.push(...titleIndex.serialize(), ['#fields-generation', String(generation)]);
      } else if (!memoryFieldsChanged && !fieldsDeferred) {
        // No title changed: the title index's copy is as good for this generation.
        parts.push(['#fields-generation', String(generation)]);
        titleIndex.retag(String(generation));
      }
      // From here the copy is in step only once the transaction commits: a failed write means a whole one next time.
      inStep = false;
      db.transaction(() => {
        if (all) clearCache.run();
        else {
          for (const key of changes.drop) dropCache.run(key);
          if (fields) dropTitleParts.run();
        }
        writeCache.run('#format', INDEX_FORMAT);
        writeCache.run('#generation', String(generation));
        for (const [key, data] of parts) writeCache.run(key, data);
      })();
      inStep = true;
      // Sets not read yet kept their rows, now tagged with this generation.
      setReader.retag(String(generation));
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
      if (parts.get('#format') !== INDEX_FORMAT || parts.get('#generation') !== String(generation) || facets === undefined) return false;
      let restoredStore: DocStore;
      try {
        restoredStore = DocStore.deserialize(facets);
      } catch {
        return false;
      }
      const restoredTerms = parts.has('#terms') ? TermIndex.restore(termSource, parts, undefined, setReader.restore(String(generation), restoredStore.size)) : null;
      // No term index, or an unreadable one: fine only for a library that needs none.
      if (!restoredTerms && (parts.has('#terms') || restoredStore.size >= termsFrom)) return false;
      const fieldsInStep = parts.get('#fields-generation') === String(generation);
      store = restoredStore;
      terms = restoredTerms;
      if (fieldsInStep) titleIndex.restoreLazily(String(generation), parts.get('#signatures'), titles);
      else titleIndex.clear();
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

export type SearchIndex = ReturnType<typeof createSearchIndex>;
