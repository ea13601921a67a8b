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

/** The facet dimensions whose values rank a match, with their weights (at most three: they share one pass). */
const DICTIONARY_FIELDS = [['sender', FIELD_WEIGHTS.people], ['recipient', FIELD_WEIGHTS.people], ['place', FIELD_WEIGHTS.place]] as const;

/** Field scores by id: small integers (one per word) for bucketing by score, or weighted by each word's rarity. */
type Scores = Uint16Array | Float64Array;

/** Per value number of a dimension, the mask of the query words (up to 31) starting one of its words; null when no value has one. */
function valueMasks(inp: RankInput, dim: FacetDim): Uint32Array | null {
  const dict = inp.index.store.dicts[dim];
  const masks = new Uint32Array(dict.values.length);
  let any = false;
  inp.words.slice(0, 31).forEach((word, k) => {
    dict.matching(word).forEach((hit, n) => {
      if (!hit) return;
      masks[n] = (masks[n] ?? 0) | (1 << k);
      any = true;
    });
  });
  return any ? masks : null;
}

/** A dimension whose values hold query words: their masks, and what each value adds alone, by the column's entry (0: no value, adds 0). */
interface Holding {
  dim: FacetDim;
  weight: number;
  masks: Uint32Array;
  alone: Float64Array;
  firsts: Int32Array;
}

/**
 * +weight × the word's weight per query word found in a value (a party, a
 * place) the document holds, for each dimension, in one pass over the
 * matches: each value gets a mask of the words it has, and a document scores
 * the words of the union of its values' masks. Most documents have one value
 * per dimension, and a common word's 250,000 matches then cost one addition
 * per dimension, with no branch on whether the value holds a word (as good as
 * random, so often mispredicted); the dimensions share the pass, so a score
 * is read and written once, not once per dimension.
 */
function addDictionaryScores(inp: RankInput, scores: Scores, dims: ReadonlyArray<readonly [FacetDim, number]>, wordWeights: readonly number[]): void {
  const store = inp.index.store;
  const holding: Holding[] = [];
  for (const [dim, weight] of dims) {
    const masks = valueMasks(inp, dim);
    if (!masks) continue;
    const alone = new Float64Array(masks.length + 1);
    masks.forEach((m, n) => (alone[n + 1] = m === 0 ? 0 : weight * weightOfMask(m, wordWeights)));
    holding.push({ dim, weight, masks, alone, firsts: store.column(dim) });
  }
  if (holding.length === 0) return;
  // Unused slots read the first dimension again with nothing to add, so the pass has no branch on how many hold words.
  const first = holding[0] as Holding;
  const idle = { ...first, alone: new Float64Array(first.alone.length) };
  const [a, b, c] = [first, holding[1] ?? idle, holding[2] ?? idle];
  const ids = inp.ids;
  // One byte per document says whether it has a second value in any dimension: three Int32 flags per
  // match (3.6 MB at 300,000 documents) were the pass's largest read, and every query's caches' loss.
  const anyMore = store.anyMore;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] ?? 0;
    if (anyMore[id] === 0) {
      scores[id] = (scores[id] ?? 0) + (a.alone[a.firsts[id] ?? 0] ?? 0) + (b.alone[b.firsts[id] ?? 0] ?? 0) + (c.alone[c.firsts[id] ?? 0] ?? 0);
      continue;
    }
    for (const h of holding) scores[id] = (scores[id] ?? 0) + further(h, id, wordWeights, store.rest(h.dim, id));
  }
}

/** A document with several values in a dimension (a telegram to two envoys): a word counts once, however many of them hold it. */
function further(h: Holding, id: number, wordWeights: readonly number[], rest: readonly number[] | undefined): number {
  const f = h.firsts[id] ?? 0;
  if (f === 0) return 0;
  let mask = h.masks[f - 1] ?? 0;
  for (const n of rest ?? []) mask |= h.masks[n] ?? 0;
  return mask === 0 ? 0 : h.weight * weightOfMask(mask, wordWeights);
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
  const half = inp.index.store.size / 2;
  inp.words.forEach((word, k) => {
    const add = FIELD_WEIGHTS.title * (wordWeights[k] ?? 1);
    // A word in half the documents or more (`and`, `with`) tells nothing in a title either, as FTS5's BM25 gives it no
    // weight; and finding the few titles that hold it walked its whole doclist (66 ms for `and` at 300,000 documents).
    if (add === 0 || inp.index.documentFrequency(termOf(word)) >= half) return;
    for (const id of inp.index.titleWord(word, cap) ?? []) if (inp.matched[id] === 1) scores[id] = (scores[id] ?? 0) + add;
  });
  addDictionaryScores(inp, scores, DICTIONARY_FIELDS, wordWeights);
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
    const df = inp.index.documentFrequency(termOf(w));
    return idf(n, df) * (2 * df > n ? 1 : MINOR_FIELDS);
  });
  addFieldScores(inp, scores, weights);
  return scores;
}

/** BM25's inverse document frequency, in the form that stays positive for a word in every document. */
function idf(docs: number, df: number): number {
  return Math.log(1 + (docs - df + 0.5) / (df + 0.5));
}

