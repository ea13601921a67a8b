/**
 * Folding for matching without regard to case or diacritics: `Sète`, `SETE`
 * and `sete` fold alike. One rule for the search index, search snippets,
 * `[[Title]]` lookups and find in a document. A character is decomposed
 * (NFD), its combining marks dropped, and lower-cased; no recomposition, so
 * the index and a query always fold the same way.
 */

/** Text folded for matching, and where each folded character came from. */
export interface Folded {
  text: string;
  /** `map[i]` is the original offset of folded character i; `map[text.length]` is the original length. */
  map: number[];
}

const MARKS = /\p{M}/gu;
const NOT_ASCII = /[^\p{ASCII}]/u;
/** One non-ASCII character (a surrogate pair counts as one). */
const NON_ASCII = /[\u{80}-\u{10FFFF}]/gu;
const SPACE = /\s/;
const ASCII_SPACE = /\s/g;

/** Plain ASCII text folds by lower-casing alone, character for character. */
export function isAscii(s: string): boolean {
  return !NOT_ASCII.test(s);
}

/** A word, title or query folded whole (no position map). */
export function foldTerm(s: string): string {
  return s.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** The words of a text, folded, without punctuation: "Sète, 1947" → ["sete", "1947"]. */
export function foldedWords(s: string): string[] {
  return foldTerm(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** One non-ASCII character folded; any white space (NBSP, line separators) reads as a space. */
const foldChar = (ch: string): string => (SPACE.test(ch) ? ' ' : foldTerm(ch));

/**
 * Folds `source` keeping a map back to it, so a match found in the folded
 * text is shown on the characters the user sees. White space of any kind
 * folds to one space each, so a query's space matches a line break.
 */
export function foldWithMap(source: string): Folded {
  if (isAscii(source)) {
    // Lower-casing ASCII keeps every position: the common case needs no per-character work.
    const map = new Array<number>(source.length + 1);
    for (let k = 0; k <= source.length; k++) map[k] = k;
    return { text: source.toLowerCase().replace(ASCII_SPACE, ' '), map };
  }
  // Most archive text is ASCII: lower-case ASCII runs in one go, fold only the other characters one by one.
  let text = '';
  const map: number[] = [];
  let i = 0;
  for (const m of source.matchAll(NON_ASCII)) {
    const at = m.index;
    text += source.slice(i, at).toLowerCase().replace(ASCII_SPACE, ' ');
    for (let k = i; k < at; k++) map.push(k);
    const folded = foldChar(m[0]);
    for (let k = 0; k < folded.length; k++) map.push(at);
    text += folded;
    i = at + m[0].length;
  }
  text += source.slice(i).toLowerCase().replace(ASCII_SPACE, ' ');
  for (let k = i; k <= source.length; k++) map.push(k);
  return { text, map };
}

/** A typed phrase folded for finding: runs of white space read as one space. */
export function foldQuery(query: string): string {
  return foldTerm(query).replace(/\s+/g, ' ').trim();
}

/** Every non-overlapping occurrence of `query` in the folded text, as [start, end) in the original. */
export function findFolded(folded: Folded, query: string, limit = 5000): Array<[number, number]> {
  const q = foldQuery(query);
  if (q === '') return [];
  const out: Array<[number, number]> = [];
  let from = 0;
  while (out.length < limit) {
    const at = folded.text.indexOf(q, from);
    if (at === -1) break;
    const start = folded.map[at] ?? 0;
    const end = folded.map[at + q.length] ?? start;
    if (end > start) out.push([start, end]);
    from = at + q.length;
  }
  return out;
}
