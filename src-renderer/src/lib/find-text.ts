/**
 * Find in a document, insensitive to case and diacritics: the text is folded one
 * character at a time, keeping a map from folded positions back to the original.
 */
export interface Folded {
  text: string;
  /** `map[i]` is the original offset of folded character i; `map[text.length]` is the original length. */
  map: number[];
}

const MARKS = /\p{M}/gu;

function foldChar(ch: string): string {
  return ch.normalize('NFD').replace(MARKS, '').toLowerCase().normalize('NFC');
}

/** Fold a query the same way (whole string). */
export function foldQuery(query: string): string {
  let out = '';
  for (const ch of query) out += foldChar(ch);
  return out.replace(/\s+/g, ' ').trim();
}

export function foldText(text: string): Folded {
  let folded = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    // Whitespace of any kind (line breaks, tabs, NBSP) matches a space in the query.
    const f = /\s/.test(ch) ? ' ' : foldChar(ch);
    for (let k = 0; k < f.length; k++) map.push(i);
    folded += f;
    i += ch.length;
  }
  map.push(i);
  return { text: folded, map };
}

/** Every non-overlapping match of `query` in the folded text, as [start, end) in the original. */
export function findMatches(folded: Folded, query: string, limit = 5000): Array<[number, number]> {
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
