import { foldTerm } from './fold';
import { stem } from './stem';

/**
 * The terms FTS5 stores for a text (`porter unicode61 remove_diacritics 2`):
 * runs of letters and digits, folded for case and diacritics, Porter-stemmed.
 * The in-memory term sets must agree with FTS5 word for word (a test checks
 * it on the corpus); the stems of words already seen come from a cache,
 * which makes this several times cheaper than stemming every word.
 */
const WORD = /[\p{L}\p{N}]+/gu;
/** FTS5's porter tokenizer leaves longer tokens as they are. */
const MAX_STEMMED = 64;
const CACHE_LIMIT = 200_000;

const cache = new Map<string, string>();

export function termOf(word: string): string {
  let t = cache.get(word);
  if (t === undefined) {
    t = word.length > MAX_STEMMED ? word : stem(word);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, t);
  }
  return t;
}

/** Distinct terms of the texts, each with one word that produces it (to ask FTS5 for it). */
export function termsOf(texts: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const text of texts) {
    for (const m of foldTerm(text).matchAll(WORD)) {
      const t = termOf(m[0]);
      if (!out.has(t)) out.set(t, m[0]);
    }
  }
  return out;
}
