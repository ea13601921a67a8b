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

export function foldTerm(s: string): string {
  return s.normalize('NFD').replace(MARKS, '').toLowerCase();
}

export function foldWithOffsets(source: string): Folded {
  let text = '';
  const offsets: number[] = [];
  let i = 0;
  for (const ch of source) {
    const folded = ch.normalize('NFD').replace(MARKS, '').toLowerCase();
    for (let k = 0; k < folded.length; k++) offsets.push(i);
    text += folded;
    i += ch.length;
  }
  offsets.push(i);
  return { text, offsets };
}

/** Words of a query, folded, without punctuation. */
export function queryTerms(query: string): string[] {
  return foldTerm(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}
