import { stem } from './stem';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const MAX_SUGGESTIONS = 3;
/** Longer words would cost more candidates than a zero-result answer is worth; shorter ones have too many neighbours. */
const MIN_LENGTH = 3;
const MAX_LENGTH = 24;

/** Every word one edit away (a letter dropped, swapped with the next, changed or added): Norvig's speller. */
function oneEdit(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i <= word.length; i++) {
    const a = word.slice(0, i);
    const b = word.slice(i);
    if (b.length > 0) out.push(a + b.slice(1));
    if (b.length > 1) out.push(a + (b[1] ?? '') + (b[0] ?? '') + b.slice(2));
    for (const c of LETTERS) {
      if (b.length > 0 && c !== b[0]) out.push(a + c + b.slice(1));
      out.push(a + c + b);
    }
  }
  return out;
}

/**
 * The library's words nearest a word no document holds (a misspelling:
 * `telegarm`, `Nicaraugua`), commonest first. `docsOf` counts the documents
 * holding a stem (0: not in the library). Each candidate's stem is asked once.
 */
export function nearestWords(word: string, docsOf: (term: string) => number): string[] {
  if (word.length < MIN_LENGTH || word.length > MAX_LENGTH || !/^[a-z]+$/.test(word)) return [];
  const byStem = new Map<string, string>();
  for (const w of oneEdit(word)) {
    const s = stem(w);
    if (!byStem.has(s)) byStem.set(s, w);
  }
  const found: Array<{ word: string; docs: number }> = [];
  for (const [s, w] of byStem) {
    const docs = docsOf(s);
    if (docs > 0) found.push({ word: w, docs });
  }
  return found
    .sort((a, b) => b.docs - a.docs)
    .slice(0, MAX_SUGGESTIONS)
    .map((f) => f.word);
}
