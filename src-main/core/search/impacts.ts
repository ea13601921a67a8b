import type { BodyIndex } from './body-index';
import { withoutFloored } from './floor-free';
import { termOf } from './terms';
import { createWriteScopedCache } from './write-scoped-cache';

/**
 * BM25 for queries with tens of thousands of matches, without FTS5 reading
 * every match's positions at each query. FTS5's `bm25()` is a sum over the
 * expression's phrases (each word, quoted phrase or prefix): every phrase
 * adds idf × its weighted frequency, saturated against the document's length,
 * and a phrase a document lacks adds 0. So a query's BM25 is the sum of the
 * BM25 of each of its phrases queried alone, and each phrase's scores (its
 * "impacts", as Lucene and Tantivy call what a posting is worth) are kept
 * once read. A common word costs one FTS5 pass after the library changes
 * (the idf and average length move with every import) and a sparse sum
 * afterwards: 80,000 additions, well under a millisecond.
 *
 * Measured at 100,000 documents before choosing (`npm run bench -- --docs`):
 * FTS5 scores `telegram` (80,000 matches) in about 75 ms, every time; per-block
 * maxima (Lucene's block-max WAND) would still need each block's frequencies
 * in memory, and FTS5 does not expose its doclists, so the frequencies would
 * be a second copy of the index built in JavaScript at import time (which
 * `import-pipeline` is making faster, not slower). Keeping the scores of the
 * phrases people actually search is the smaller step; the cache is bounded.
 */
/**
 * Postings kept at most, summed over the cached phrases: 8 bytes each (a
 * Uint32 id and a Float32 score), 96 MB; a word in 80 % of 300,000 documents
 * is 240,000. At 4 million postings of 12 bytes (Float64 scores) the bench's
 * common words at 300,000 documents did not fit, and since the cache evicts
 * the least recently used phrase, a round of queries longer than the cache
 * evicted each phrase just before it was asked again: every query paid FTS5's
 * full scoring. A Float32 score is within 1e-7 of FTS5's (relative), far below
 * any difference the field scores or closeness add, and halves the memory.
 */
export const MAX_POSTINGS = 12_000_000;

interface Impacts {
  ids: Uint32Array;
  scores: Float32Array;
}

type Weights = readonly [number, number, number, number];

/**
 * The expression's phrases, if it is made of nothing but phrases (quoted,
 * possibly prefixes), AND, OR, NOT and parentheses: only then is its BM25
 * the sum of theirs (a NEAR group or a column filter scores its phrases'
 * hits differently). Null otherwise.
 */
export function phrasesOf(expr: string): string[] | null {
  const out: string[] = [];
  const rest = expr.replace(/"(?:[^"]|"")*"\*?/g, (m) => {
    out.push(m);
    return ' ';
  });
  if (!/^[\s()]*(?:(?:AND|OR|NOT)[\s()]+)*[\s()]*$/.test(rest.replace(/\b(?:AND|OR|NOT)\b/g, ' '))) return null;
  return out.length > 0 ? out : null;
}

/** Nothing to add: a phrase whose BM25 is FTS5's floor for every document. */
const NONE: Impacts = { ids: new Uint32Array(0), scores: new Float32Array(0) };

/**
 * True when FTS5 gives the word no weight: its idf, log((N − n + ½) / (n + ½)),
 * is not positive once n ≥ N/2, and FTS5 then uses 1e-6, so each document's
 * share is a millionth of a rare word's and only ever breaks a tie (which date
 * breaks instead). Scoring such a word read 150,000–240,000 documents' positions
 * at 300,000 documents, the slowest part of a common query; only a single
 * word is checked (its count is one vocabulary lookup). A word being typed is
 * a prefix (`"the"*`): FTS5 stems it and counts every document with a term
 * starting so, so the word's own count is a lower bound of the prefix's, and
 * the prefix is at the floor whenever the word is (`"the"*` read 300,000
 * documents' positions in 640 ms at 300,000 documents).
 */
function floored(phrase: string, documents: number, count: (term: string) => number): boolean {
  const word = /^"([^"\s*]+)"\*?$/.exec(phrase)?.[1];
  if (word === undefined || documents === 0) return false;
  return 2 * count(termOf(word)) >= documents;
}

/** `count`: a term's document count (`SearchIndex.documentFrequency` answers frequent terms from memory). */
export function createImpacts(body: BodyIndex, weights: Weights, documents: () => number = () => 0, count: (term: string) => number = (t) => body.documentFrequency(t)) {
  /**
   * Phrase → its impacts, kept until the table is next written, by this
   * connection or another (the idf and average length move with every
   * import), the phrase used longest ago dropped first past MAX_POSTINGS.
   */
  const kept = createWriteScopedCache<Impacts | null>(body.stamp, MAX_POSTINGS, (imp) => Math.max(1, imp?.ids.length ?? 0));

  const impactsOf = (phrase: string): Impacts | null =>
    kept.get(phrase, () => {
      if (floored(phrase, documents(), count)) return NONE;
      const scored = body.bm25(phrase, weights);
      return scored ? { ids: Uint32Array.from(scored.ids), scores: Float32Array.from(scored.scores) } : null;
    });

  return {
    /**
     * What to score with FTS5 instead, when some of the expression's phrases'
     * impacts are not kept: the expression without its floored phrases
     * (`floor-free.ts`), whose BM25 is the impacts' sum for every document
     * matching the expression. Null: use `scores`.
     */
    floorFree(expr: string): string | null {
      const isFloored = (phrase: string): boolean => floored(phrase, documents(), count);
      const phrases = phrasesOf(expr);
      if (!phrases?.some((phrase) => !kept.has(phrase) && !isFloored(phrase))) return null;
      return withoutFloored(expr, isFloored);
    },
    /**
     * FTS5's BM25 of the expression for every matched document, by id (what
     * `bm25()` over the whole expression returns, summed phrase by phrase);
     * null when the expression is not a plain sum of phrases or FTS5 refused it.
     * `into`: a zeroed array of `matched`'s length to fill instead of a new one (`scratch.ts`).
     */
    scores(expr: string, matched: Uint8Array, into?: Float64Array): Float64Array | null {
      const phrases = phrasesOf(expr);
      if (!phrases) return null;
      const out = into ?? new Float64Array(matched.length);
      for (const phrase of phrases) {
        const imp = impactsOf(phrase);
        if (!imp) return null;
        const { ids, scores } = imp;
        for (let i = 0; i < ids.length; i++) {
          const id = ids[i] ?? 0;
          if (matched[id] === 1) out[id] = (out[id] ?? 0) + (scores[i] ?? 0);
        }
      }
      return out;
    },
  };
}

export type ImpactCache = ReturnType<typeof createImpacts>;
