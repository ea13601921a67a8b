import { stemmer } from 'stemmer';
import { foldTerm } from '../../../src-shared/text/fold';

/**
 * English (Porter) stemming for the in-memory short-field indexes, the same
 * algorithm FTS5's `porter` tokenizer applies to the body: `telegrams` and
 * `telegram` meet. Words are folded (case, diacritics) first.
 */
const WORD = /[\p{L}\p{N}]+/gu;

export function stem(word: string): string {
  return stemmer(word);
}

/**
 * Folded words plus their stems where they differ: the raw word keeps
 * prefix matching exact while typing ("generou" → "generous"), the stem
 * lets other forms meet ("policies" → "polici" ← "policy").
 */
export function stemmedText(text: string): string {
  const out: string[] = [];
  for (const m of foldTerm(text).matchAll(WORD)) {
    const w = m[0];
    out.push(w);
    const s = stem(w);
    if (s !== w) out.push(s);
  }
  return out.join(' ');
}

