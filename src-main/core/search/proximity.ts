import { foldForWords, isWordChar, termOf } from './terms';

/**
 * How close the query's words stand in a document's text: the shortest
 * stretch of words holding every distinct query term the text has, and
 * whether the terms stand side by side in the order typed (the phrase).
 * A paragraph break counts as `PASSAGE_GAP` words, so the words of one
 * passage beat the same words spread over two.
 */
const PASSAGE_GAP = 40;
/**
 * Letters a word shares with its stem, at least: how a word is told apart
 * from the query's terms before it is stemmed. Porter keeps a word's first
 * letters but may turn a third-letter "y" into "i" (say → sai): two.
 */
const HEAD = 2;
const NEWLINE = 10;

export interface Closeness {
  /** Distinct query terms found in the text. */
  found: number;
  /** Words from the first to the last of the shortest stretch holding all `found` terms. */
  span: number;
  /** The terms appear side by side, in query order. */
  phrase: boolean;
}

/** Where a query term stands: in words with passage gaps (`at`), in words as FTS5 counts them (`word`). */
interface Hit {
  at: number;
  word: number;
  k: number;
}

/**
 * Positions (in words, passages apart) of each query term in the text, `k`
 * being the term's index in `terms`. Words are counted as FTS5 counts them;
 * only a word starting like a query term is stemmed (a stem keeps the
 * word's first letters), which saves most of the work on a long text.
 */
function positions(text: string, terms: readonly string[]): Hit[] {
  const byTerm = new Map<string, number>();
  terms.forEach((t, k) => {
    if (!byTerm.has(t)) byTerm.set(t, k);
  });
  const heads = new Set([...byTerm.keys()].map((t) => t.slice(0, HEAD)));
  const oneLetter = [...byTerm.keys()].some((t) => t.length < HEAD);
  const folded = foldForWords(text);
  const out: Hit[] = [];
  let at = 0;
  let word = 0;
  let start = -1;
  let newPassage = false;
  for (let i = 0; i <= folded.length; i++) {
    if (i < folded.length && isWordChar(folded, i)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      at += newPassage ? PASSAGE_GAP : 1;
      word++;
      newPassage = false;
      const w = folded.slice(start, i);
      const k = heads.has(w.slice(0, HEAD)) || oneLetter ? byTerm.get(termOf(w)) : undefined;
      if (k !== undefined) out.push({ at, word, k });
      start = -1;
    }
    if (folded.charCodeAt(i) === NEWLINE && at > 0) newPassage = true;
  }
  return out;
}

/** Does the sequence of hits hold the query terms side by side, in order (as FTS5 sees a phrase: across a paragraph break too)? */
function hasPhrase(hits: readonly Hit[], terms: readonly string[]): boolean {
  const order = terms.map((t) => terms.indexOf(t));
  if (order.length < 2) return false;
  for (let i = 0; i + order.length <= hits.length; i++) {
    let ok = true;
    for (let j = 0; j < order.length && ok; j++) {
      const h = hits[i + j];
      ok = h !== undefined && h.k === order[j] && h.word === (hits[i]?.word ?? 0) + j;
    }
    if (ok) return true;
  }
  return false;
}

/** `terms`: the query's terms, as FTS5 stores them (folded, stemmed), in query order. */
export function closeness(text: string, terms: readonly string[]): Closeness {
  const hits = positions(text, terms);
  const distinct = new Set(hits.map((h) => h.k)).size;
  if (distinct < 2) return { found: distinct, span: distinct, phrase: false };
  // The shortest window holding every distinct term found: two pointers over the hits.
  const inWindow = new Map<number, number>();
  let best = Infinity;
  let lo = 0;
  for (let hi = 0; hi < hits.length; hi++) {
    const h = hits[hi];
    if (!h) continue;
    inWindow.set(h.k, (inWindow.get(h.k) ?? 0) + 1);
    while (inWindow.size === distinct) {
      const first = hits[lo];
      if (!first) break;
      best = Math.min(best, h.at - first.at + 1);
      const n = (inWindow.get(first.k) ?? 0) - 1;
      if (n === 0) inWindow.delete(first.k);
      else inWindow.set(first.k, n);
      lo++;
    }
  }
  return { found: distinct, span: best, phrase: hasPhrase(hits, terms) };
}
