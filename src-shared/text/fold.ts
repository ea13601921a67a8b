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
/**
 * Greek final sigma reads as sigma, as FTS5 folds it: lower-casing a whole
 * word gives `ς` at its end (ΟΔΟΣ → οδος) where a character folded alone
 * gives `σ`, so without this a title and its snippet would fold apart.
 */
const FINAL_SIGMA = /ς/g;
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
  return s.normalize('NFD').replace(MARKS, '').toLowerCase().replace(FINAL_SIGMA, 'σ');
}

/** The words of a text, folded, without punctuation: "Sète, 1947" → ["sete", "1947"]. */
export function foldedWords(s: string): string[] {
  return foldTerm(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/**
 * Characters SQLite FTS5's `unicode61` tokenizer (`remove_diacritics 2`)
 * does not fold as `foldTerm` does, checked character by character against
 * FTS5 up to U+1EFF (`latin-agree` in the thirteenth session): a dozen Latin
 * letters (long s, ǡ, ǣ, ǯ, ǽ, ǿ, ẛ), the combining marks (FTS5 splits a
 * word at most of them), and every letter past the Latin ranges: Greek keeps
 * its tonos there and Cyrillic its breve (`σοφία`, `Май`), an Arabic or
 * Devanagari sign splits the word. Dashes, curly quotes and the accented
 * Latin of archive text (é, ø, ł, ß) fold alike in both, so most text needs
 * nothing. One list for the regular expression and the SQL GLOB class.
 */
const FOLDS_OTHERWISE: ReadonlyArray<readonly [number, number]> = [
  [0x017f, 0x017f],
  [0x01e0, 0x01e3],
  [0x01ee, 0x01ef],
  [0x01fc, 0x01ff],
  [0x0300, 0x1dff],
  [0x1e9b, 0x1e9b],
  [0x1f00, 0x1fff],
  [0x2070, 0x10ffff],
];
const hex = (c: number): string => c.toString(16);
const FOLD_FIRST = new RegExp(`[${FOLDS_OTHERWISE.map(([a, b]) => `\\u{${hex(a)}}-\\u{${hex(b)}}`).join('')}]`, 'gu');
/** The same characters as an SQL GLOB class, to find the documents holding one without reading them. */
export const FOLD_FIRST_GLOB = `[${FOLDS_OTHERWISE.map(([a, b]) => `${String.fromCodePoint(a)}-${String.fromCodePoint(b)}`).join('')}]`;

/** ASCII white space: a boundary no folding rule looks across (as the search tokeniser reads text). */
const isAsciiSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/**
 * Text as the full-text index is given it: each piece between white space
 * holding a character of FOLD_FIRST is folded by `foldTerm`, so FTS5 stores
 * the terms a query folded the same way asks for (before this, `σοφία` and
 * `Май` could not be found at all). Pieces are found by scanning, not by a
 * regular expression over the pieces, which would backtrack quadratically
 * over a long run without spaces. Folding piece by piece gives the whole
 * text's result (see `tokenise`).
 */
export function foldForIndex(s: string): string {
  FOLD_FIRST.lastIndex = 0;
  let m = FOLD_FIRST.exec(s);
  if (m === null) return s;
  let out = '';
  let at = 0;
  for (; m !== null; m = FOLD_FIRST.exec(s)) {
    let start = m.index;
    while (start > at && !isAsciiSpace(s.charCodeAt(start - 1))) start--;
    let end = m.index + 1;
    while (end < s.length && !isAsciiSpace(s.charCodeAt(end))) end++;
    out += s.slice(at, start) + foldTerm(s.slice(start, end));
    at = end;
    FOLD_FIRST.lastIndex = end;
  }
  return out + s.slice(at);
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
