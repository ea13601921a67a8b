/**
 * Case- and diacritic-insensitive matching for snippets: `Sète` and `sete`
 * fold alike. `offsets[i]` maps folded position i back to the original text,
 * so highlights land on the characters the user sees.
 */
export interface Folded {
  text: string;
  offsets: number[];
}

const MARKS = /\p{M}/gu;
/** One non-ASCII character (a surrogate pair counts as one). */
const NON_ASCII = /[\u{80}-\u{10FFFF}]/gu;

export function foldTerm(s: string): string {
  return s.normalize('NFD').replace(MARKS, '').toLowerCase();
}

const NOT_ASCII = /[^\p{ASCII}]/u;

/** Plain ASCII text folds by lower-casing alone, character for character. */
export function isAscii(s: string): boolean {
  return !NOT_ASCII.test(s);
}

export function foldWithOffsets(source: string): Folded {
  if (isAscii(source)) {
    // Lower-casing ASCII keeps every position: the common case needs no per-character work.
    const offsets = new Array<number>(source.length + 1);
    for (let k = 0; k <= source.length; k++) offsets[k] = k;
    return { text: source.toLowerCase(), offsets };
  }
  // Most archive text is ASCII: lower-case ASCII runs in one go, fold only the other characters one by one.
  let text = '';
  const offsets: number[] = [];
  let i = 0;
  for (const m of source.matchAll(NON_ASCII)) {
    const at = m.index;
    text += source.slice(i, at).toLowerCase();
    for (let k = i; k < at; k++) offsets.push(k);
    const folded = m[0].normalize('NFD').replace(MARKS, '').toLowerCase();
    for (let k = 0; k < folded.length; k++) offsets.push(at);
    text += folded;
    i = at + m[0].length;
  }
  text += source.slice(i).toLowerCase();
  for (let k = i; k <= source.length; k++) offsets.push(k);
  return { text, offsets };
}

/** Words of a query, folded, without punctuation. */
export function queryTerms(query: string): string[] {
  return foldTerm(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}
