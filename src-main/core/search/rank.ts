import type { SearchSort } from '../../contract/views';
import { ftsPhrase } from './fts-query';
import type { FacetDim } from './doc-store';
import { FIELD_WEIGHTS, type SearchIndex } from './search-index';

/**
 * Ranking without scoring every match: a body match is worth the same for
 * every document (FTS5 already proved all words are there), so only the
 * documents the small in-memory indexes find (title, people, place) and
 * those holding the words as one phrase are scored; the rest follow by date.
 * That keeps a common word over 100,000 documents to a walk of a bitmap.
 */

/** The words side by side, in order, beat the same words scattered; worth more than a title word. */
const PHRASE_BONUS_PER_WORD = 10;

export interface RankInput {
  index: SearchIndex;
  /** Matching documents and the same as a bitmap by id. */
  ids: ArrayLike<number>;
  matched: Uint8Array;
  words: readonly string[];
  /** False when the words are alternatives (OR): then no phrase bonus. */
  phraseable: boolean;
  /** The query's FTS5 expression, if it has words. */
  expr: string | null;
  sort: SearchSort;
  offset: number;
  limit: number;
}

export interface Ranked {
  id: number;
  score: number;
}

/** A word in more titles than this (share of the library) says nothing about rank, and costs to look up. */
const COMMON_SHARE = 0.05;
const MIN_COMMON = 500;
/**
 * Above this many matches (and this share of the library) the words are all
 * common and the phrase check, a second FTS5 pass over long doclists, is skipped.
 */
const PHRASE_SHARE = 0.1;
const PHRASE_MIN = 5000;

/** +weight for documents holding a dictionary value (a party, a place) that has the word. */
function addDictionaryScores(inp: RankInput, scores: Uint16Array, dims: readonly FacetDim[], word: string, weight: number): void {
  const store = inp.index.store;
  for (const dim of dims) {
    const hit = store.dicts[dim].matching(word);
    if (!hit.includes(true)) continue;
    for (let i = 0; i < inp.ids.length; i++) {
      const id = inp.ids[i] ?? 0;
      const f = store.first(dim, id);
      if (f === 0) continue;
      if (hit[f - 1] === true || store.rest(dim, id)?.some((n) => hit[n] === true)) scores[id] = (scores[id] ?? 0) + weight;
    }
  }
}

/** Scores by id (0: matched in the body only); only ids in `matched` count. */
function fieldScores(inp: RankInput): Uint16Array {
  const scores = new Uint16Array(inp.matched.length);
  const cap = Math.max(MIN_COMMON, Math.ceil(COMMON_SHARE * inp.index.store.size));
  for (const word of inp.words) {
    const titled = inp.index.lookup('title', word, cap);
    if (titled.length < cap) for (const id of titled) if (inp.matched[id] === 1) scores[id] = (scores[id] ?? 0) + FIELD_WEIGHTS.title;
    addDictionaryScores(inp, scores, ['sender', 'recipient'], word, FIELD_WEIGHTS.people);
    addDictionaryScores(inp, scores, ['place'], word, FIELD_WEIGHTS.place);
  }
  const phrase = inp.phraseable ? ftsPhrase(inp.words) : null;
  if (phrase && inp.expr && inp.ids.length <= Math.max(PHRASE_MIN, PHRASE_SHARE * inp.index.store.size)) {
    // One phrase query, ANDed with the query so FTS5 walks the rarest words first.
    const bonus = PHRASE_BONUS_PER_WORD * inp.words.length;
    for (const id of inp.index.body.matches(`(${inp.expr}) AND ${phrase}`) ?? []) if (inp.matched[id] === 1) scores[id] = (scores[id] ?? 0) + bonus;
  }
  return scores;
}

/**
 * The page [offset, offset + limit) of the matches ordered by score, then date:
 * scores are small integers, so a count per score tells which scores the page
 * spans, and each of those is read in date order off the global date order.
 */
function pageByScore(inp: RankInput, scores: Uint16Array): Ranked[] {
  const counts = new Uint32Array(65536);
  for (let i = 0; i < inp.ids.length; i++) {
    const s = scores[inp.ids[i] ?? 0] ?? 0;
    counts[s] = (counts[s] ?? 0) + 1;
  }
  const page: Ranked[] = [];
  let before = 0;
  const end = inp.offset + inp.limit;
  for (let s = counts.length - 1; s >= 0 && before < end; s--) {
    const n = counts[s] ?? 0;
    if (n === 0) continue;
    if (before + n > inp.offset) {
      const skip = Math.max(0, inp.offset - before);
      const want = Math.min(n - skip, end - before - skip);
      for (const id of byDate(inp.index, inp.matched, skip, want, (id) => scores[id] === s)) page.push({ id, score: inp.words.length + s });
    }
    before += n;
  }
  return page;
}

/** The first `n` matches in date order accepted by `keep`, after skipping `from` of them. */
function byDate(index: SearchIndex, matched: Uint8Array, from: number, n: number, keep?: (id: number) => boolean): number[] {
  const out: number[] = [];
  if (n <= 0) return out;
  let seen = 0;
  for (const id of index.store.dateOrder()) {
    if (matched[id] !== 1 || (keep && !keep(id))) continue;
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
  return pageByScore(inp, fieldScores(inp));
}
