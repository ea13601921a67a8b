import type { QueryNode } from './query-parser';

/**
 * The query tree as an FTS5 expression, every word quoted (so `and`, `or`,
 * `not` are words) and every group parenthesised (so FTS5's own precedence
 * never decides). FTS5's porter tokenizer stems the quoted words itself.
 */
export const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/**
 * Endings the Porter stemmer removes (or starts to): a word typed up to inside
 * one has a shorter stem. `ion` (after s or t) and the `-ability` family are
 * Porter's too; measured on the three corpus volumes (every prefix of every
 * word against the stems of the words it starts), they close most misses.
 */
const SUFFIXES = ['ational', 'tional', 'ization', 'ability', 'ibility', 'ation', 'ative', 'ating', 'ator', 'ement', 'ment', 'ness', 'ence', 'ance', 'able', 'ible', 'ing', 'ion', 'ous', 'ive', 'ize', 'ful', 'ism', 'ist', 'ity', 'ent', 'ant', 'ies', 'ed', 'es', 'er', 'al', 'ly', 'ic', 's'];
/** How far back a typed word may run into an ending (`-ability`, `-ization`). */
const LONGEST_ENDING = 7;

/** Each way a typed word may end inside an ending Porter removes, from `from` letters back: the letters before the ending, and the ending. */
function endingsTyped(word: string, from: number): Array<[base: string, suffix: string]> {
  const out: Array<[string, string]> = [];
  for (let k = from; k >= Math.max(3, word.length - LONGEST_ENDING); k--) {
    const rest = word.slice(k);
    for (const suffix of SUFFIXES) if (suffix.startsWith(rest) && suffix !== rest) out.push([word.slice(0, k), suffix]);
  }
  return out;
}

/**
 * The index holds stems, so a half-typed word may run past its stem:
 * "governmen" is no prefix of the stored "govern". Such a prefix also
 * matches the shorter forms it may be the start of a suffixed word of.
 */
export function stemsOfPartial(word: string): string[] {
  return [...new Set(endingsTyped(word, word.length - 1).map(([base]) => base))];
}

/**
 * The words a half-typed word may be the start of, completed with an ending
 * Porter removes: `closin` → closing, `conferr` → conferring, `disabil` →
 * disability. Their stems are what the word is heading for, and Porter's
 * own repairs give them (closing: close, conferring: confer, disability:
 * disabl), which no prefix of the typed word holds.
 */
export function completions(word: string): string[] {
  return endingsTyped(word, word.length).map(([base, suffix]) => base + suffix);
}

function prefixTerm(word: string): string {
  const extra = word.length >= 5 ? stemsOfPartial(word) : [];
  const prefix = `${quote(word)}*`;
  return extra.length === 0 ? prefix : `(${[prefix, ...extra.map(quote)].join(' OR ')})`;
}

/**
 * The words FTS5 is to be asked for in place of a word being typed, each
 * quoted (so stemmed to one of the stems the prefix stands for); null to use
 * FTS5's own `"word"*` (`prefix-words.ts` decides).
 */
export type PrefixWords = (word: string) => readonly string[] | null;

function prefixExpr(word: string, words: PrefixWords | undefined): string {
  const listed = words?.(word);
  if (!listed || listed.length === 0) return prefixTerm(word);
  return listed.length === 1 ? quote(listed[0] ?? word) : `(${listed.map(quote).join(' OR ')})`;
}

/** One item of a NEAR group: FTS5 takes phrases and `"prefix"*` there, not OR groups. */
function nearItem(node: QueryNode): string {
  if (node.kind === 'term') return node.prefix ? `${quote(node.word)}*` : quote(node.word);
  return node.kind === 'phrase' ? quote(node.words.join(' ')) : toFts(node);
}

/**
 * The expression over the stemmed `body_fts`. An exact word (`=word`) reads
 * as its stemmed form there, which every document holding the exact word also
 * matches: good for ranking the documents the exact index found, never for
 * deciding which match (`match-query.ts` asks `body_exact_fts`, `toExactFts`).
 */
export function toFts(node: QueryNode, words?: PrefixWords): string {
  const inner = (n: QueryNode): string => toFts(n, words);
  switch (node.kind) {
    case 'term':
      return node.prefix ? prefixExpr(node.word, words) : quote(node.word);
    case 'phrase':
      return quote(node.words.join(' '));
    case 'near':
      return `NEAR(${node.items.map(nearItem).join(' ')}, ${node.distance})`;
    case 'and':
      return `(${node.children.map(inner).join(' AND ')})`;
    case 'or':
      return `(${node.children.map(inner).join(' OR ')})`;
  }
}

/**
 * The expression ranking scores by BM25: `toFts`'s, less each word being
 * typed that stands for too many stems to list (`prefix-words.ts`). A `t` or
 * `con` just typed tells nothing of relevance, and FTS5 expanding `"t"*`
 * over its thousands of terms took 2.5 s at 300,000 documents, at the first
 * letter of every new word typed. Null when nothing is left to score.
 */
export function rankExpression(node: QueryNode, words: PrefixWords): string | null {
  switch (node.kind) {
    case 'term':
      return node.prefix && !node.exact && words(node.word) === null ? null : toFts(node, words);
    case 'and':
    case 'or': {
      const parts = node.children.map((c) => rankExpression(c, words)).filter((p): p is string => p !== null);
      if (parts.length <= 1) return parts[0] ?? null;
      return `(${parts.join(node.kind === 'and' ? ' AND ' : ' OR ')})`;
    }
    default:
      return toFts(node, words);
  }
}

/** The words being typed that `rankExpression` leaves out (closeness leaves them out too). */
export function unranked(node: QueryNode, words: PrefixWords): string[] {
  if (node.kind === 'term') return node.prefix && !node.exact && words(node.word) === null ? [node.word] : [];
  return node.kind === 'and' || node.kind === 'or' ? node.children.flatMap((c) => unranked(c, words)) : [];
}

/** An exact word as an expression over the unstemmed `body_exact_fts`. */
export function toExactFts(word: string, prefix: boolean): string {
  return prefix ? `${quote(word)}*` : quote(word);
}

/**
 * `match NOT (ex1 OR ex2)`; null when there is nothing positive to match. The
 * query's meaning in FTS5's own terms, which `match-query.ts` reproduces on
 * bitsets (the parser's tests state expectations in this form).
 */
export function ftsExpression(match: QueryNode | null, exclude: readonly QueryNode[]): string | null {
  if (!match) return null;
  const pos = toFts(match);
  if (exclude.length === 0) return pos;
  return `${pos} NOT (${exclude.map((n) => toFts(n)).join(' OR ')})`;
}

/** The positive words as one adjacent phrase, for the "exact phrase beats scattered words" bonus. */
export function ftsPhrase(words: readonly string[]): string | null {
  return words.length < 2 ? null : quote(words.join(' '));
}
