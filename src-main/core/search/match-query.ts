import { andInto, andNotInto, emptySet, fromIds, orInto, type Bitset } from './bitset';
import { completions, stemsOfPartial, toExactFts, toFts, type PrefixWords } from './fts-query';
import type { QueryNode } from './query-parser';
import type { TermIndex } from './term-index';
import { termOf } from './terms';

/**
 * Evaluates the query tree to the set of matching documents. Words,
 * prefixes and phrases are answered by the term index: frequent terms and
 * runs of words from memory, the rest from FTS5 (which alone keeps word
 * positions, for phrases that are not frequent runs); a prefix of one or two
 * letters has a set of its own. A small library has no term index: FTS5
 * answers each word and phrase there.
 * The meaning is FTS5's own: a quoted word matches its Porter stem, a
 * prefix matches the stems starting with the prefix's stem. An exact word
 * (`=word`) is answered by the unstemmed FTS5 table, a NEAR group by FTS5's
 * NEAR (only FTS5 keeps positions).
 */
export interface MatchDeps {
  /** Null in a small library: FTS5 answers everything there. */
  terms: TermIndex | null;
  /** Ids of the documents matching an FTS5 expression, null if FTS5 refused it. */
  ftsIds(expr: string): readonly number[] | null;
  /** The same over the unstemmed index (`body_exact_fts`), for exact words. */
  exactIds(expr: string): readonly number[] | null;
  capacity: number;
  /** What FTS5 is asked for a word being typed (`prefix-words.ts`). */
  prefixWords?: PrefixWords;
}

/**
 * The stems a word being typed stands for: those starting with the word as
 * typed, the word's own stem, and the stems a half-typed word may be heading
 * for (`governmen`: govern). Not FTS5's `"word"*`, which starts from the
 * stem: `adding` is stemmed `ad` there and reached address, administration
 * and 29 more. Measured over every prefix (3 letters or more) of every word
 * of the three corpus volumes against the stems of the words each starts
 * (1.40 a prefix): 1.47 stems against FTS5's 1.87, and 0.7 % of prefixes
 * missing one of them against 3.8 % (276 and 1,481 of 39,337).
 */
export function prefixTerms(terms: TermIndex, word: string): string[] {
  const found = new Set(terms.withPrefix(word));
  const own = termOf(word);
  if (terms.has(own)) found.add(own);
  for (const t of partialTerms(word)) if (terms.has(t)) found.add(t);
  return [...found];
}

/** A doubled last consonant, which Porter undoubles once it removes `-ed` or `-ing` (`admitting`: admit). */
const DOUBLED = /([^aeiouylsz])\1$/;

/**
 * The stems a half-typed word may be heading for: each shorter form, as a
 * stem, stemmed (`abovement`, `abov`), and undoubled (`addin`: `ad`, the
 * stem of adding); and the stems of the words it may complete (`closin`:
 * `close`, `conferr`: `confer`), which Porter repairs after removing the ending.
 */
export function partialTerms(word: string): string[] {
  if (word.length < 4) return [];
  const shorter = stemsOfPartial(word).flatMap((p) => (DOUBLED.test(p) ? [p, termOf(p), p.slice(0, -1)] : [p, termOf(p)]));
  return [...new Set([...shorter, ...completions(word).map(termOf)])];
}

/** Documents holding the words as one phrase: a frequent run's set, or FTS5's answer. */
export function phraseDocs(deps: MatchDeps, words: readonly string[]): Bitset {
  return deps.terms?.docsOfRun(words.map(termOf), deps.capacity) ?? ftsDocs(deps, { kind: 'phrase', words: [...words] });
}

function ftsDocs(deps: MatchDeps, node: QueryNode): Bitset {
  return fromIds(deps.ftsIds(toFts(node, deps.prefixWords)) ?? [], deps.capacity);
}

export function evaluate(node: QueryNode, deps: MatchDeps): Bitset {
  switch (node.kind) {
    case 'term':
      if (node.exact) return fromIds(deps.exactIds(toExactFts(node.word, node.prefix)) ?? [], deps.capacity);
      if (!deps.terms) return ftsDocs(deps, node);
      if (!node.prefix) return deps.terms.docsOf(termOf(node.word), node.word, deps.capacity);
      // A word typed so far of one or two letters has a set of its own (its stem is itself); a longer one with a short stem (`adding`: `ad`) does not stand for every `ad…`.
      return deps.terms.docsOfShortPrefix(node.word, deps.capacity) ?? deps.terms.docsOfAny(prefixTerms(deps.terms, node.word), deps.capacity);
    case 'phrase':
      return phraseDocs(deps, node.words);
    case 'near':
      return ftsDocs(deps, node);
    case 'and': {
      const [first, ...rest] = node.children;
      if (!first) return emptySet(deps.capacity);
      const out = evaluate(first, deps);
      for (const c of rest) andInto(out, evaluate(c, deps));
      return out;
    }
    case 'or': {
      const out = emptySet(deps.capacity);
      for (const c of node.children) orInto(out, evaluate(c, deps));
      return out;
    }
  }
}

/** `match` minus every exclusion; with no `match`, `all` minus the exclusions. */
export function evaluateQuery(match: QueryNode | null, exclude: readonly QueryNode[], all: Bitset, deps: MatchDeps): Bitset {
  const out = match ? andInto(evaluate(match, deps), all) : orInto(emptySet(deps.capacity), all);
  for (const ex of exclude) andNotInto(out, evaluate(ex, deps));
  return out;
}
