import { hasId } from './bitset';
import { ftsPhrase } from './fts-query';
import type { ImpactCache } from './impacts';
import { PHRASE_WEIGHT, PROXIMITY_WEIGHT, WEIGHTS, type RelevanceInput } from './relevance';
import { scratchScores } from './scratch';
import { termOf } from './terms';
import { topK, type Scored } from './top-k';

/**
 * Relevance for queries with too many matches to read (`rank.ts`): common
 * words, tens of thousands of documents. The score is the one selective
 * queries get (`relevance.ts`): FTS5's BM25 over the weighted fields, the
 * field scores, and the closeness of the words in the text; date breaks ties.
 *
 * BM25 and the field scores of every match come from memory (`impacts.ts`,
 * `field-scores.ts`): exact, and summed in a pass over the matches. The
 * closeness needs the document's text, which cannot be read for 80,000
 * matches; it is bounded (at most PROXIMITY_WEIGHT + PHRASE_WEIGHT), so it is
 * computed, MaxScore-style (`top-k.ts`), for a window of the best matches by
 * BM25 and fields, where the documents holding the words as a frequent run
 * (an in-memory set: the likely phrases) are counted with the phrase. That
 * is Lucene's rescoring window, made exact: when the window's last entry plus
 * the bound could still reach the page, the window grows fourfold, up to
 * MAX_WINDOW texts; past that (`exact` false) the closeness of documents
 * outside the window is not looked at.
 */
export const WINDOW = 50;
/** Up to this many matches (or share of the library) the words' phrase is asked of FTS5 when it is no frequent run (as `field-scores.ts`). */
const PHRASE_MIN = 5000;
const PHRASE_SHARE = 0.1;
/**
 * Most texts read for one page. Growing the window to prove the page exact
 * (up to 400 texts) cost 90 ms p50 on two-word common queries at 6,000
 * documents on a loaded machine, four times the rest: so by default the
 * window does not grow; tests let it grow to check the page against scoring every match.
 */
export const MAX_WINDOW = 50;
/**
 * Up to this many matches, a query of words whose impacts are not all kept
 * has its BM25 read from FTS5 for the words together (matches only; see
 * `floor-free.ts`), kept until the next write. A known-item query (four remembered words, some
 * common) matches a few hundred to a few thousand documents, but the impacts
 * of its words cost FTS5 a pass over each word's every document: 150 ms for
 * `pursuing greatly assist` at 300,000 documents (10,820, 12,266 and 67,935
 * documents), against 24 ms for its 333 matches scored together. The sum is
 * the same BM25 (see impacts.ts). Past this many matches, or once the words'
 * impacts are kept, the impacts are cheaper.
 */
export const WHOLE_MAX = 20_000;

/**
 * What selective queries are ranked from (`relevance.ts`), with the kept
 * impacts; the field scores are added into the BM25 array (`addFields`)
 * rather than given as a second array the size of the library, which cost a
 * common query a zeroing and a pass over its matches more.
 */
export interface WideInput extends Omit<RelevanceInput, 'fields'> {
  impacts: ImpactCache;
  /** Adds each match's field scores into `into` (by id). */
  addFields: (into: Float64Array) => void;
  /** Rescoring window, and how far it may grow (tests change them). */
  window?: number;
  maxWindow?: number;
  /** Most matches whose BM25 is read from FTS5 for the whole expression (`WHOLE_MAX`; tests change it). */
  wholeMax?: number;
}

export interface WidePage {
  page: Scored[];
  /** Whether the page provably equals scoring every match's closeness. */
  exact: boolean;
}

/**
 * The `n` ids with the highest `value` (ties to the lower `tie`), best first:
 * a min-heap of n over one pass. Once the heap is full, its weakest entry's
 * value and tie are kept in locals, so most of a common word's 200,000
 * matches cost a load and a comparison or two (comparing each with the heap's
 * top through `worse` made this 12 % of a common query at 300,000 documents).
 */
export function topByValue(ids: ArrayLike<number>, value: ArrayLike<number>, n: number, tie: (id: number) => number): number[] {
  const heap: number[] = [];
  if (n <= 0) return heap;
  // a is worse than b: lower value, or the same value and later in date order.
  const worse = (a: number, b: number): boolean => (value[a] ?? 0) < (value[b] ?? 0) || ((value[a] ?? 0) === (value[b] ?? 0) && tie(a) > tie(b));
  const down = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && worse(heap[l] ?? 0, heap[m] ?? 0)) m = l;
      if (r < heap.length && worse(heap[r] ?? 0, heap[m] ?? 0)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m] ?? 0, heap[i] ?? 0];
      i = m;
    }
  };
  let i = 0;
  for (; i < ids.length && heap.length < n; i++) {
    heap.push(ids[i] ?? 0);
    for (let c = heap.length - 1; c > 0; ) {
      const p = (c - 1) >> 1;
      if (!worse(heap[c] ?? 0, heap[p] ?? 0)) break;
      [heap[c], heap[p]] = [heap[p] ?? 0, heap[c] ?? 0];
      c = p;
    }
  }
  // Most of a common word's matches are below the weakest kept or tied with it on value (a word
  // in half the library adds no BM25, so `telegram`'s 237,791 matches have 10 distinct scores).
  let weakest = value[heap[0] ?? 0] ?? 0;
  let weakestTie = tie(heap[0] ?? 0);
  for (; i < ids.length; i++) {
    const id = ids[i] ?? 0;
    const v = value[id] ?? 0;
    if (v < weakest || (v === weakest && tie(id) >= weakestTie)) continue;
    heap[0] = id;
    down(0);
    weakest = value[heap[0] ?? 0] ?? 0;
    weakestTie = tie(heap[0] ?? 0);
  }
  return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
}

/** Each match's BM25, from the kept impacts or, for a few thousand matches, FTS5 (see `WHOLE_MAX`); null if neither can give it. */
function bm25Of(inp: WideInput): Float64Array | null {
  const into = scratchScores('bm25', inp.matched.length, inp.ids);
  const floorFree = inp.ids.length <= (inp.wholeMax ?? WHOLE_MAX) ? inp.impacts.floorFree(inp.expr) : null;
  if (floorFree) {
    const whole = inp.index.body.bm25Kept(floorFree, WEIGHTS);
    if (whole) {
      for (let i = 0; i < whole.ids.length; i++) {
        const id = whole.ids[i] ?? 0;
        if (inp.matched[id] === 1) into[id] = whole.scores[i] ?? 0;
      }
      return into;
    }
  }
  return inp.impacts.scores(inp.expr, inp.matched, into);
}

/** The page by relevance; null when the expression's BM25 cannot be summed from its phrases. */
export function widePage(inp: WideInput): WidePage | null {
  const base = bm25Of(inp);
  if (!base) return null;
  inp.addFields(base);
  const dateKey = inp.index.store.dateKey;
  const tie = (id: number): number => (dateKey[id] || 2 ** 27) * 2 ** 25 + id;
  const k = inp.offset + inp.limit;
  const terms = inp.words.map(termOf);
  if (!inp.phraseable || new Set(terms).size < 2) {
    // Closeness does not apply: BM25 and fields are the whole score, known for every match.
    const page = topByValue(inp.ids, base, k, tie).map((id) => ({ id, score: base[id] ?? 0 }));
    return { page: page.slice(inp.offset), exact: true };
  }
  const bound = PROXIMITY_WEIGHT + PHRASE_WEIGHT;
  const run = inp.index.terms?.docsOfRun(terms, inp.matched.length) ?? null;
  const pre = scratchScores('window', base.length, inp.ids);
  for (let i = 0; i < inp.ids.length; i++) {
    const id = inp.ids[i] ?? 0;
    pre[id] = base[id] ?? 0;
  }
  if (run) {
    for (let i = 0; i < inp.ids.length; i++) {
      const id = inp.ids[i] ?? 0;
      if (hasId(run, id)) pre[id] = (pre[id] ?? 0) + bound;
    }
  } else if (inp.ids.length <= Math.max(PHRASE_MIN, PHRASE_SHARE * inp.index.store.size)) {
    // A rare phrase is cheap to list from FTS5: its documents enter the window first (the known-item case).
    for (const id of inp.index.body.matches(ftsPhrase(inp.words) ?? '') ?? []) if (inp.matched[id] === 1) pre[id] = (pre[id] ?? 0) + bound;
  }
  const read = new Map<number, number>();
  const closenessOf = (id: number): number => {
    const known = read.get(id);
    if (known !== undefined) return known;
    const c = inp.closenessOf(id, terms);
    read.set(id, c);
    return c;
  };
  // Grows the window (reading more texts) until the page is provably exact or the cap is reached.
  for (let size = Math.max(k, inp.window ?? WINDOW); ; size *= 4) {
    const window = topByValue(inp.ids, pre, size, tie);
    const page = topK(window, window.map((id) => base[id] ?? 0), new Float64Array(window.length).fill(bound), closenessOf, k, tie);
    const last = window[window.length - 1];
    // A match outside the window scores at most its `pre` (≤ the last one's) plus the bound.
    const outside = window.length < inp.ids.length && last !== undefined ? (pre[last] ?? 0) + bound : -Infinity;
    const exact = (page[k - 1]?.score ?? -Infinity) > outside || window.length >= inp.ids.length;
    if (exact || size * 4 > (inp.maxWindow ?? MAX_WINDOW)) return { page: page.slice(inp.offset), exact };
  }
}
