import { closeness } from './proximity';
import { FIELD_WEIGHTS, type SearchIndex } from './search-index';
import { termOf } from './terms';
import { topK, type Scored } from './top-k';

/**
 * Relevance for a query whose matches are few enough to score (a few
 * hundred at most, `rank.ts`): FTS5's BM25 over the fields, weighted (a word is worth
 * more the rarer it is in the library, a title word more than a body word),
 * plus what BM25 does not see, read from the text of the best candidates
 * only: the words close together in one passage, and the words as the exact
 * phrase. That extra is bounded, so `topK` stops reading texts as soon as no
 * later candidate can reach the page. Date breaks ties.
 */
export const WEIGHTS = [FIELD_WEIGHTS.title, FIELD_WEIGHTS.people, FIELD_WEIGHTS.place, FIELD_WEIGHTS.body] as const;
/**
 * Every word side by side is worth this much, the same words over a stretch
 * of s words about k/s of it (k words): enough for a passage holding every
 * word to beat a few of them in titles (tuned on the known-item bench).
 */
export const PROXIMITY_WEIGHT = 40;
/** The words as typed, side by side and in order (as FTS5 reads a phrase), on top of their proximity: as much again. */
export const PHRASE_WEIGHT = 40;

export interface RelevanceInput {
  index: SearchIndex;
  ids: ArrayLike<number>;
  matched: Uint8Array;
  /** The query's positive part as an FTS5 expression. */
  expr: string;
  /** Per id, the words found in the title, people and place by the in-memory indexes, weighted by field (`FIELD_WEIGHTS`) and rarity. */
  fields: Float64Array;
  words: readonly string[];
  /** False when the words are alternatives (OR): then closeness does not count. */
  phraseable: boolean;
  /** The closeness of the terms in the document's text (`closenessScore`). */
  closenessOf: (id: number, terms: readonly string[]) => number;
  offset: number;
  limit: number;
}

/** FTS5's NEAR distance of the candidate check: words further apart than this in every stretch add little. */
const NEAR = 30;

/**
 * Closeness of the words in the text, in [0, PROXIMITY_WEIGHT + PHRASE_WEIGHT];
 * only when the text holds every one of them. `span - 1` is how far the first
 * is from the last of the shortest stretch holding them all.
 */
export function closenessScore(text: string, terms: readonly string[]): number {
  const distinct = new Set(terms).size;
  if (distinct < 2) return 0;
  const c = closeness(text, terms);
  if (c.found < distinct) return 0;
  return PROXIMITY_WEIGHT * ((distinct - 1) / Math.max(1, c.span - 1)) + (c.phrase ? PHRASE_WEIGHT : 0);
}

/**
 * What closeness can add at most, per match: the full amount where FTS5 finds
 * the words within NEAR of each other (the plain text is the start of the
 * body column, so a stretch in it is one in FTS5), elsewhere at most what a
 * stretch longer than NEAR + 2 words scores (and never the phrase).
 */
function closenessBounds(inp: Pick<RelevanceInput, 'index' | 'ids' | 'words'>, distinct: number): Float64Array {
  const near = new Set(inp.index.body.matches(nearExpression(inp.words)) ?? []);
  const far = PROXIMITY_WEIGHT * ((distinct - 1) / (NEAR + 2));
  return Float64Array.from({ length: inp.ids.length }, (_, i) => (near.has(inp.ids[i] ?? 0) ? PROXIMITY_WEIGHT + PHRASE_WEIGHT : far));
}

const nearExpression = (words: readonly string[]): string => `NEAR(${words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' ')}, ${NEAR})`;

/**
 * BM25 of each match plus its field score, in the order of `ids`; null if
 * FTS5 refused. The field score is added apart because FTS5's BM25 gives a
 * word in more than half the library no weight at all, in a title too.
 */
function baseScores(inp: Pick<RelevanceInput, 'index' | 'ids' | 'matched' | 'expr' | 'fields'>): Float64Array | null {
  const scored = inp.index.body.bm25Kept(inp.expr, WEIGHTS);
  if (!scored) return null;
  const byId = new Map<number, number>();
  scored.ids.forEach((id, i) => {
    if (inp.matched[id] === 1) byId.set(id, scored.scores[i] ?? 0);
  });
  return Float64Array.from({ length: inp.ids.length }, (_, i) => {
    const id = inp.ids[i] ?? 0;
    return (byId.get(id) ?? 0) + (inp.fields[id] ?? 0);
  });
}

/** What closeness adds per document, and its upper bound per match (0 when it does not apply). */
function closenessOf(inp: Pick<RelevanceInput, 'index' | 'ids' | 'words' | 'phraseable' | 'closenessOf'>): { bound: Float64Array; extra: (id: number) => number } {
  const terms = inp.words.map(termOf);
  const distinct = new Set(terms).size;
  if (!inp.phraseable || distinct < 2) return { bound: new Float64Array(inp.ids.length), extra: () => 0 };
  return { bound: closenessBounds(inp, distinct), extra: (id) => inp.closenessOf(id, terms) };
}

/** The page [offset, offset + limit) by relevance; null if FTS5 refused the expression. */
export function relevancePage(inp: RelevanceInput): Scored[] | null {
  const base = baseScores(inp);
  if (!base) return null;
  const { bound, extra } = closenessOf(inp);
  const dateKey = inp.index.store.dateKey;
  // Oldest first, undated last, then by id (date keys are below 2^27, ids below 2^25).
  const tie = (id: number): number => (dateKey[id] || 2 ** 27) * 2 ** 25 + id;
  return topK(inp.ids, base, bound, extra, inp.offset + inp.limit, tie).slice(inp.offset);
}
