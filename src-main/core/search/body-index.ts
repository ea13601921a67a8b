import type { Db } from '../db/open-database';
import { foldForIndex } from '../../../src-shared/text/fold';
import { createWriteScopedCache } from './write-scoped-cache';

/**
 * The full text of every field lives in SQLite FTS5 (`body_fts`: title,
 * people, place, body): written in the same transaction as the document (so
 * it can never be stale or lost), built about five times faster than an
 * in-memory index, and free of memory and load time at start. It answers rare
 * terms and phrases directly, and is the source frequent terms are read back
 * from (`term-index.ts`); ranking (`relevance.ts`) asks it for BM25 scores of selective queries.
 * Beside it `body_exact_fts` holds the same text unstemmed (folded for case
 * and diacritics only), written by the same calls: it answers `=word`.
 */
/** FTS5 writes run about twice as fast in batches than interleaved with the documents' own. */
const BATCH = 256;

/** Bump when what goes into `body_fts` changes: both tables are refilled at the next open. */
export const FTS_VERSION = 'porter-4col+exact+folded/v3';
/** The version before text was folded for FTS5: only documents with characters to fold are written again (`ensure-index.ts`). */
export const FTS_BEFORE_FOLDING = 'porter-4col+exact/v2';
/** Bump when only what goes into `body_exact_fts` changes: that table alone is refilled at the next open. */
export const EXACT_VERSION = 'unstemmed-ids/v1';

/** Terms whose document counts are kept at most (a few hundred kilobytes). */
const MAX_FREQUENCIES = 20_000;
/** Ids of kept matches at most, in all (8 bytes each: 16 MB). */
const MAX_KEPT_IDS = 2_000_000;

type Weights = readonly [number, number, number, number];

/** Documents and their scores, in the same order. */
interface Scored {
  ids: number[];
  scores: number[];
}

export interface FtsText {
  title: string;
  people: string;
  place: string;
  body: string;
}

/** A row of either table: the fields folded as queries are (`foldForIndex`), in column order. */
const ftsColumns = (t: FtsText): [string, string, string, string] => [foldForIndex(t.title), foldForIndex(t.people), foldForIndex(t.place), foldForIndex(t.body)];

export function createBodyIndex(db: Db) {
  const insert = db.prepare('INSERT INTO body_fts (rowid, title, people, place, body) VALUES (?, ?, ?, ?, ?)');
  const remove = db.prepare('DELETE FROM body_fts WHERE rowid = ?');
  const insertExact = db.prepare('INSERT INTO body_exact_fts (rowid, title, people, place, body) VALUES (?, ?, ?, ?, ?)');
  const removeExact = db.prepare('DELETE FROM body_exact_fts WHERE rowid = ?');
  const exactIds = db.prepare('SELECT json_group_array(rowid) FROM body_exact_fts WHERE body_exact_fts MATCH ?').pluck();
  // One JSON row instead of one row per match: a fifth cheaper for 80,000 matches.
  const matchIds = db.prepare('SELECT json_group_array(rowid) FROM body_fts WHERE body_fts MATCH ?').pluck();

  const bm25 = db.prepare('SELECT rowid, -bm25(body_fts, ?, ?, ?, ?) FROM body_fts WHERE body_fts MATCH ?').raw();

  // The vocabulary's row view (documents per term), made per connection: a temp table, no schema change.
  db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.body_fts_terms USING fts5vocab(main, 'body_fts', 'row')");
  const docsOfTerm = db.prepare('SELECT doc FROM temp.body_fts_terms WHERE term = ?').pluck();
  const termsMatching = db.prepare('SELECT term FROM temp.body_fts_terms WHERE term GLOB ?').pluck();
  // The unstemmed table's words, as stored (folded, not stemmed): what a word being typed is the start of.
  db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.body_exact_fts_terms USING fts5vocab(main, 'body_exact_fts', 'row')");
  const wordsInRange = db.prepare('SELECT term FROM temp.body_exact_fts_terms WHERE term >= ? AND term < ? LIMIT ?').pluck();

  /**
   * The highest rowid in the table, so a new document (a higher id) is
   * inserted without first deleting a row it cannot have: that delete cost a
   * fifth of an import's FTS5 writes. Kept while no other connection has
   * committed (`data_version`); a rollback can only leave it too high, which
   * costs a needless delete, never a missed one.
   */
  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  const lastRowid = db.prepare('SELECT rowid FROM body_fts ORDER BY rowid DESC LIMIT 1').pluck();
  let highest = { version: -1, rowid: 0 };
  const refreshHighest = (): void => {
    const committed = dataVersion.get() as number;
    if (committed !== highest.version) highest = { version: committed, rowid: (lastRowid.get() as number | undefined) ?? 0 };
  };

  /** Changes with every write, by this connection or another: what a kept answer is valid for. */
  const stamp = (): string => `${version}:${String(dataVersion.get())}`;
  /**
   * Documents per term, kept until the next write. fts5vocab counts a term by
   * walking its whole doclist: 240,000 documents for "telegram" at 300,000,
   * and ranking asks for every query word's count (a third of a repeated
   * query's time there before this was kept).
   */
  const frequencies = createWriteScopedCache<number>(stamp, MAX_FREQUENCIES);
  /**
   * Ids matching an expression, kept the same way (at most MAX_KEPT_IDS ids in
   * all): a phrase of common words makes FTS5 walk every word's positions,
   * 10 ms for "british government protest" at 300,000 documents, each time
   * ranking asked which matches hold the words as a phrase.
   */
  const matchesKept = createWriteScopedCache<readonly number[] | null>(stamp, MAX_KEPT_IDS, (ids) => 1 + (ids?.length ?? 0));
  const scoresKept = createWriteScopedCache<Readonly<Scored> | null>(stamp, MAX_KEPT_IDS, (s) => 1 + 2 * (s?.ids.length ?? 0));

  let pending: Array<[number, FtsText]> = [];
  /** Bumped by every write and rollback here: answers kept from an older state are stale (`stamp`). */
  let version = 0;
  const put = (id: number, t: FtsText): void => {
    version++;
    // The unstemmed table holds the same rowids, so one test serves both.
    if (id <= highest.rowid) {
      remove.run(id);
      removeExact.run(id);
    } else highest.rowid = id;
    const columns = ftsColumns(t);
    insert.run(id, ...columns);
    insertExact.run(id, ...columns);
  };
  const scoreAll = (expr: string, weights: Weights): Scored | null => {
    let rows: Array<[number, number]>;
    try {
      rows = bm25.all(...weights, expr) as Array<[number, number]>;
    } catch {
      return null;
    }
    return { ids: rows.map((r) => r[0]), scores: rows.map((r) => r[1]) };
  };
  const idsOf = (st: typeof matchIds, expr: string): number[] | null => {
    try {
      return JSON.parse(st.get(expr) as string) as number[];
    } catch {
      return null;
    }
  };

  return {
    /** Changes with every write to the table by this connection or another (`write-scoped-cache.ts`). */
    stamp,
    /** Buffers a write; written by `flush` or when the batch is full (bounded memory). */
    queue(id: number, text: FtsText): void {
      pending.push([id, text]);
      if (pending.length >= BATCH) this.flush();
    },
    /** Drops buffered writes of a transaction that was rolled back. */
    discard(): void {
      pending = [];
      // What was counted or scored inside the rolled-back transaction is gone with it.
      version++;
    },
    flush(): void {
      if (pending.length === 0) return;
      const batch = pending;
      pending = [];
      refreshHighest();
      for (const [id, text] of batch) put(id, text);
    },
    remove(id: number): void {
      pending = pending.filter(([p]) => p !== id);
      version++;
      remove.run(id);
      removeExact.run(id);
    },
    clear(): void {
      pending = [];
      version++;
      db.exec('DELETE FROM body_fts; DELETE FROM body_exact_fts;');
      highest = { version: dataVersion.get() as number, rowid: 0 };
    },
    /** Refills the unstemmed table alone (its format changed; the stemmed one is current). */
    refillExact(texts: Iterable<[number, FtsText]>): void {
      version++;
      db.exec('DELETE FROM body_exact_fts');
      for (const [id, t] of texts) insertExact.run(id, ...ftsColumns(t));
    },
    /**
     * FTS5's BM25 of every document matching the expression, higher is
     * better, with each field's weight (title, people, place, body); null if
     * FTS5 rejects it. Reads every match's positions: only for selective queries.
     */
    bm25: scoreAll,
    /**
     * The same, kept until the next write: a selective query's expression
     * (a rare word beside a common one) costs FTS5 the common word's whole
     * doclist, 5 ms at 300,000 documents, again at each facet or page asked.
     * The impacts of common words (`impacts.ts`) are kept there instead.
     */
    bm25Kept(expr: string, weights: Weights): Readonly<Scored> | null {
      return scoresKept.get(`${weights.join(',')} ${expr}`, () => scoreAll(expr, weights));
    },
    /** How many documents hold the term (as FTS5 stores it: folded, stemmed). */
    documentFrequency(term: string): number {
      return frequencies.get(term, () => (docsOfTerm.get(term) as number | undefined) ?? 0);
    },
    /** The stemmed table's terms holding a character of `chars`, an SQL GLOB class (a walk of its vocabulary: seconds at 300,000 documents). */
    termsHolding(chars: string): string[] {
      return termsMatching.all(`*${chars}*`) as string[];
    },
    /**
     * Up to `limit` words of the library starting with `prefix`, as stored
     * (folded, unstemmed). The vocabulary counts each word's documents as it
     * goes, so this is for a small library (a few thousand documents).
     */
    wordsStarting(prefix: string, limit: number): string[] {
      return wordsInRange.all(prefix, `${prefix}\uffff`, limit) as string[];
    },
    /** Ids matching an FTS5 expression, in id order; null if FTS5 rejects it. */
    matches(expr: string): readonly number[] | null {
      return matchesKept.get(`s${expr}`, () => idsOf(matchIds, expr));
    },
    /** Ids matching an expression over the unstemmed text (`=word`); null if FTS5 rejects it. */
    exactMatches(expr: string): readonly number[] | null {
      return matchesKept.get(`e${expr}`, () => idsOf(exactIds, expr));
    },
  };
}

export type BodyIndex = ReturnType<typeof createBodyIndex>;
