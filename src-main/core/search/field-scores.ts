import { hasId } from './bitset';
import type { FacetDim } from './doc-store';
import { ftsPhrase } from './fts-query';
import type { RankInput } from './rank';
import { FIELD_WEIGHTS } from './search-index';
import { termOf } from './terms';

/**
 * What the fields add to a match's rank: a query word found in the title
 * (FTS5's title column, any form of the word), in a party or the place
 * (the facet store's dictionaries), and, for common-word queries, the words
 * as one phrase.
 */
/** The words side by side, in order, beat the same words scattered; worth more than a title word. */
const PHRASE_BONUS_PER_WORD = 10;

/** A word in more titles than this (share of the library) says nothing about rank, and costs to look up. */
const COMMON_SHARE = 0.05;
const MIN_COMMON = 500;
/**
 * Above this many matches (and this share of the library) the words are all
 * common and the phrase check, a second FTS5 pass over long doclists, is
 * skipped, unless the words are a frequent run (then it costs nothing).
 */
const PHRASE_SHARE = 0.1;
/** Share of a field match that counts on top of BM25 for a word BM25 weighs itself: more would let title words outrank a passage holding every word. */
const MINOR_FIELDS = 0.1;
const PHRASE_MIN = 5000;

/** Field scores by id: small integers (one per word) for bucketing by score, or weighted by each word's rarity. */
type Scores = Uint16Array | Float64Array;

/**
 * +weight × the word's weight per query word found in a value (a party, a
 * place) the document holds, in one pass over the matches: each value gets
 * a mask of the words it has, and a document scores the words of the union
 * of its values' masks.
 */
function addDictionaryScores(inp: RankInput, scores: Scores, dim: FacetDim, weight: number, wordWeights: readonly number[]): void {
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
  // What each value adds alone, worked out once and indexed by the column's entry (0: no value, adds 0):
  // most documents have one value, and a common word's 250,000 matches then cost one addition each,
  // with no branch on whether the value holds a word (as good as random, so often mispredicted).
  const alone = new Float64Array(masks.length + 1);
  masks.forEach((m, n) => (alone[n + 1] = m === 0 ? 0 : weight * weightOfMask(m, wordWeights)));
  const { firsts, multi } = store.column(dim);
  const ids = inp.ids;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] ?? 0;
    const f = firsts[id] ?? 0;
    if (multi[id] !== 1) {
      scores[id] = (scores[id] ?? 0) + (alone[f] ?? 0);
      continue;
    }
    // Several values (a telegram to two envoys): a word counts once, however many of them hold it.
    let mask = masks[f - 1] ?? 0;
    for (const n of store.rest(dim, id) ?? []) mask |= masks[n] ?? 0;
    if (mask !== 0) scores[id] = (scores[id] ?? 0) + weight * weightOfMask(mask, wordWeights);
  }
}

function weightOfMask(x: number, wordWeights: readonly number[]): number {
  let n = 0;
  for (let k = 0, v = x; v !== 0; k++, v >>>= 1) if ((v & 1) === 1) n += wordWeights[k] ?? 1;
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

/**
 * Scores by id (0: matched in the body only); only ids in `matched` count.
 * Each word counts its `wordWeights` entry (1 when absent).
 */
function addFieldScores(inp: RankInput, scores: Scores, wordWeights: readonly number[]): void {
  const cap = Math.max(MIN_COMMON, Math.ceil(COMMON_SHARE * inp.index.store.size));
  inp.words.forEach((word, k) => {
    const add = FIELD_WEIGHTS.title * (wordWeights[k] ?? 1);
    if (add === 0) return;
    for (const id of inp.index.titleWord(word, cap) ?? []) if (inp.matched[id] === 1) scores[id] = (scores[id] ?? 0) + add;
  });
  addDictionaryScores(inp, scores, 'sender', FIELD_WEIGHTS.people, wordWeights);
  addDictionaryScores(inp, scores, 'recipient', FIELD_WEIGHTS.people, wordWeights);
  addDictionaryScores(inp, scores, 'place', FIELD_WEIGHTS.place, wordWeights);
}

/** Integer field scores plus the frequent-run phrase bonus: the ranking of common-word queries. */
export function fieldScores(inp: RankInput): Uint16Array {
  const scores = new Uint16Array(inp.matched.length);
  addFieldScores(inp, scores, []);
  if (inp.phraseable) addPhraseBonus(inp, scores);
  return scores;
}

/**
 * Field scores with each word weighted by its rarity (a positive idf). FTS5's
 * BM25 weighs the fields too, but it measures a title against the length of
 * the whole document (a long despatch's title word counts for little) and
 * gives a word in more than half the library no weight at all, in a title
 * too: those words count here in full, the others at `MINOR_FIELDS`.
 * `into`: a zeroed array of `matched`'s length to fill instead of a new one (`scratch.ts`).
 */
export function weightedFieldScores(inp: RankInput, into?: Float64Array): Float64Array {
  const scores = into ?? new Float64Array(inp.matched.length);
  const n = inp.index.store.size;
  const weights = inp.words.map((w) => {
    const df = inp.index.body.documentFrequency(termOf(w));
    return idf(n, df) * (2 * df > n ? 1 : MINOR_FIELDS);
  });
  addFieldScores(inp, scores, weights);
  return scores;
}

/** BM25's inverse document frequency, in the form that stays positive for a word in every document. */
function idf(docs: number, df: number): number {
  return Math.log(1 + (docs - df + 0.5) / (df + 0.5));
}

