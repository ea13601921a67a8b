import type { SearchSort } from '../../contract';
import { fieldScores, weightedFieldScores } from './field-scores';
import { relevancePage } from './relevance';
import type { SearchIndex } from './search-index';

/**
 * Two ways to rank. A query with few enough matches (`selective`: what a
 * historian types to find a document) is ranked by relevance
 * (`relevance.ts`: BM25 over the weighted fields, the closeness of the words,
 * the exact phrase; date breaks ties). A query with more matches, common
 * words into the tens of thousands, is ranked without reading them: a body
 * match is worth the same for every document, so only the documents the
 * small in-memory indexes find (title, people, place) and those holding the
 * words as one phrase are scored (`field-scores.ts`); the rest follow by
 * date. That keeps a common word over 100,000 documents to a walk of a bitmap.
 */

export interface RankInput {
  index: SearchIndex;
  /** Matching documents and the same as a bitmap by id. */
  ids: ArrayLike<number>;
  matched: Uint8Array;
  words: readonly string[];
  /** False when the words are alternatives (OR): then no phrase bonus. */
  phraseable: boolean;
  sort: SearchSort;
  offset: number;
  limit: number;
  /** The query's positive part as an FTS5 expression (null: none), for BM25. */
  expr: string | null;
  /** A document's plain text, for the closeness of the words. */
  textOf: (id: number) => string;
}

export interface Ranked {
  id: number;
  score: number;
}

/** Most matches ranked by relevance; more fall back to fields, frequent runs and date. */
const RELEVANCE_MAX = 250;

/**
 * The page [offset, offset + limit) of the matches ordered by score, then
 * date. Scores are small integers: a count per score tells which scores the
 * page spans and how many of each it takes, and one walk of the library's
 * date order fills them, stopping once the page is full.
 */
function pageByScore(inp: RankInput, scores: Uint16Array): Ranked[] {
  let max = 0;
  for (let i = 0; i < inp.ids.length; i++) max = Math.max(max, scores[inp.ids[i] ?? 0] ?? 0);
  const counts = new Uint32Array(max + 1);
  for (let i = 0; i < inp.ids.length; i++) {
    const s = scores[inp.ids[i] ?? 0] ?? 0;
    counts[s] = (counts[s] ?? 0) + 1;
  }
  // Per score: how many of its documents (in date order) to skip, and to take.
  const skip = new Int32Array(max + 1);
  const take = new Int32Array(max + 1);
  let before = 0;
  let wanted = 0;
  const end = inp.offset + inp.limit;
  for (let s = max; s >= 0 && before < end; s--) {
    const n = counts[s] ?? 0;
    if (n > 0 && before + n > inp.offset) {
      skip[s] = Math.max(0, inp.offset - before);
      take[s] = Math.min(n - (skip[s] ?? 0), end - before - (skip[s] ?? 0));
      wanted += take[s] ?? 0;
    }
    before += n;
  }
  const buckets: number[][] = Array.from({ length: max + 1 }, () => []);
  for (const id of inp.index.store.dateOrder()) {
    if (wanted === 0) break;
    if (inp.matched[id] !== 1) continue;
    const s = scores[id] ?? 0;
    if ((take[s] ?? 0) === 0) continue;
    if ((skip[s] ?? 0) > 0) {
      skip[s] = (skip[s] ?? 0) - 1;
      continue;
    }
    buckets[s]?.push(id);
    take[s] = (take[s] ?? 0) - 1;
    wanted--;
  }
  const page: Ranked[] = [];
  for (let s = max; s >= 0; s--) for (const id of buckets[s] ?? []) page.push({ id, score: inp.words.length + s });
  return page;
}

/** The first `n` matches in date order, after skipping `from` of them. */
function byDate(index: SearchIndex, matched: Uint8Array, from: number, n: number): number[] {
  const out: number[] = [];
  if (n <= 0) return out;
  let seen = 0;
  for (const id of index.store.dateOrder()) {
    if (matched[id] !== 1) continue;
    if (seen++ < from) continue;
    out.push(id);
    if (out.length >= n) break;
  }
  return out;
}

/** The requested page of the ranked matches. */
export function rankPage(inp: RankInput): Ranked[] {
  if (inp.sort === 'date' || inp.words.length === 0) {
    return byDate(inp.index, inp.matched, inp.offset, inp.limit).map((id) => ({ id, score: inp.words.length }));
  }
  if (inp.expr !== null && selective(inp)) {
    const page = relevancePage({ ...inp, expr: inp.expr, fields: weightedFieldScores(inp) });
    if (page) return page;
  }
  return pageByScore(inp, fieldScores(inp));
}

/**
 * Few enough matches to rank by relevance: FTS5 reads every match's
 * positions for BM25, and the closeness of the words reads the text of each
 * match that could still reach the page (a few hundred texts cost tens of
 * milliseconds when the words stand close in most of them).
 */
function selective(inp: RankInput): boolean {
  return inp.ids.length <= RELEVANCE_MAX;
}
