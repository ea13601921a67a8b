import type { SearchSort } from '../../contract';
import { fieldScores, weightedFieldScores } from './field-scores';
import type { ImpactCache } from './impacts';
import { relevancePage } from './relevance';
import type { SearchIndex } from './search-index';
import { widePage } from './wide-relevance';

/**
 * Every query is ranked by relevance: BM25 over the weighted fields, the
 * field scores, the closeness of the words and the exact phrase; date breaks
 * ties. Two ways to compute it. A query with few enough matches (`selective`:
 * what a historian types to find a document) asks FTS5 for the BM25 of each
 * match (`relevance.ts`). A query with more, common words into the tens of
 * thousands, sums BM25 from the phrases' impacts kept in memory and reads the
 * closeness of a window of the best (`wide-relevance.ts`, `impacts.ts`). Only
 * an expression whose BM25 is no sum of its phrases' (a NEAR group) falls back
 * to field scores and date (`pageByScore`), which keeps a common word over
 * 100,000 documents to a walk of a bitmap.
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
  /** The closeness of the terms (folded, stemmed) in a document's text (`closenessScore`). */
  closenessOf: (id: number, terms: readonly string[]) => number;
  /** BM25 impacts of the library's phrases, for queries with many matches. */
  impacts?: ImpactCache;
  /** Tests lower these to send small libraries down the many-match path. */
  limits?: RankLimits;
}

export interface RankLimits {
  /** Most matches FTS5 scores at each query (`RELEVANCE_MAX`). */
  relevanceMax?: number;
  /** Rescoring window of the many-match path (`wide-relevance.ts`). */
  window?: number;
  maxWindow?: number;
  /** Most matches scored by FTS5 for the whole expression when the words' impacts are not kept (`WHOLE_MAX`). */
  wholeMax?: number;
  /** False: rank many matches by fields and date, as before impacts (the bench compares both). */
  impacts?: boolean;
}

export interface Ranked {
  id: number;
  score: number;
}

/** Most matches scored by FTS5 at each query; more are scored from memory (`wide-relevance.ts`). */
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
  } else if (inp.expr !== null && inp.impacts && inp.limits?.impacts !== false) {
    const { window, maxWindow, wholeMax } = inp.limits ?? {};
    const addFields = (into: Float64Array): void => void weightedFieldScores(inp, into);
    const wide = widePage({ ...inp, impacts: inp.impacts, expr: inp.expr, addFields, ...(window ? { window } : {}), ...(maxWindow ? { maxWindow } : {}), ...(wholeMax !== undefined ? { wholeMax } : {}) });
    if (wide) return wide.page;
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
  return inp.ids.length <= (inp.limits?.relevanceMax ?? RELEVANCE_MAX);
}
