import type { SearchSort } from '../../contract';
import { hasId } from './bitset';
import { ftsPhrase } from './fts-query';
import type { FacetDim } from './doc-store';
import { FIELD_WEIGHTS, type SearchIndex } from './search-index';
import { termOf } from './terms';

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
 * common and the phrase check, a second FTS5 pass over long doclists, is
 * skipped, unless the words are a frequent run (then it costs nothing).
 */
const PHRASE_SHARE = 0.1;
const PHRASE_MIN = 5000;

/**
 * +weight per query word found in a value (a party, a place) the document
 * holds, in one pass over the matches: each value gets a mask of the words
 * it has, and a document scores the words of the union of its values' masks.
 */
function addDictionaryScores(inp: RankInput, scores: Uint16Array, dim: FacetDim, weight: number): void {
  const store = inp.index.store;
  const words = inp.words.slice(0, 31);
  const masks = new Uint32Array(store.dicts[dim].values.length);
  let any = false;
  words.forEach((word, k) => {
    store.dicts[dim].matching(word).forEach((hit, n) => {
      if (!hit) return;
      masks[n] = (masks[n] ?? 0) | (1 << k);
      any = true;
    });
  });
  if (!any) return;
  const { firsts, multi } = store.column(dim);
  for (let i = 0; i < inp.ids.length; i++) {
    const id = inp.ids[i] ?? 0;
    const f = firsts[id] ?? 0;
    if (f === 0) continue;
    let mask = masks[f - 1] ?? 0;
    if (multi[id] === 1) for (const n of store.rest(dim, id) ?? []) mask |= masks[n] ?? 0;
    if (mask !== 0) scores[id] = (scores[id] ?? 0) + weight * popcount(mask);
  }
}

function popcount(x: number): number {
  let n = 0;
  for (let v = x; v !== 0; v &= v - 1) n++;
  return n;
}

/** The words as one phrase: from the frequent run's set when they are one, else from FTS5 (skipped when costly). */
function addPhraseBonus(inp: RankInput, scores: Uint16Array): void {
  const bonus = PHRASE_BONUS_PER_WORD * inp.words.length;
  const run = inp.words.length < 2 ? null : (inp.index.terms?.docsOfRun(inp.words.map(termOf), inp.matched.length) ?? null);
  if (run) {
    for (let i = 0; i < inp.ids.length; i++) {
      const id = inp.ids[i] ?? 0;
      if (hasId(run, id)) scores[id] = (scores[id] ?? 0) + bonus;
    }
    return;
  }
  const phrase = ftsPhrase(inp.words);
  if (!phrase || inp.ids.length > Math.max(PHRASE_MIN, PHRASE_SHARE * inp.index.store.size)) return;
  for (const id of inp.index.body.matches(phrase) ?? []) if (inp.matched[id] === 1) scores[id] = (scores[id] ?? 0) + bonus;
}

/** Scores by id (0: matched in the body only); only ids in `matched` count. */
function fieldScores(inp: RankInput): Uint16Array {
  const scores = new Uint16Array(inp.matched.length);
  const cap = Math.max(MIN_COMMON, Math.ceil(COMMON_SHARE * inp.index.store.size));
  for (const word of inp.words) {
    const titled = inp.index.lookup('title', word, cap);
    if (titled.length < cap) for (const id of titled) if (inp.matched[id] === 1) scores[id] = (scores[id] ?? 0) + FIELD_WEIGHTS.title;
  }
  addDictionaryScores(inp, scores, 'sender', FIELD_WEIGHTS.people);
  addDictionaryScores(inp, scores, 'recipient', FIELD_WEIGHTS.people);
  addDictionaryScores(inp, scores, 'place', FIELD_WEIGHTS.place);
  if (inp.phraseable) addPhraseBonus(inp, scores);
  return scores;
}

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
  return pageByScore(inp, fieldScores(inp));
}
