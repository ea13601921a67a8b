import { foldTerm, isAscii } from './fold';
import { stem } from './stem';

/**
 * The terms FTS5 stores for a text (`porter unicode61 remove_diacritics 2`):
 * runs of letters and digits, folded for case and diacritics, Porter-stemmed.
 * The in-memory term sets must agree with FTS5 word for word (a test checks
 * it on the corpus); the stems of words already seen come from a cache,
 * which makes this several times cheaper than stemming every word.
 */
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

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Is the character at `i` part of a word? ASCII by code, the rest by Unicode class. */
function isWordChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  // A surrogate pair is a letter of another plane (its halves are tested as one).
  if (c >= 0xd800 && c <= 0xdfff) return WORD_CHAR.test(s.slice(c <= 0xdbff ? i : i - 1, c <= 0xdbff ? i + 2 : i + 1));
  return WORD_CHAR.test(s[i] ?? '');
}

/** Distinct terms of the texts, each with one word that produces it (to ask FTS5 for it). */
export function termsOf(texts: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const text of texts) {
    // Archive text is mostly ASCII: lower-casing is all the folding it needs, and words are found by character code.
    const folded = isAscii(text) ? text.toLowerCase() : foldTerm(text);
    let start = -1;
    for (let i = 0; i <= folded.length; i++) {
      if (i < folded.length && isWordChar(folded, i)) {
        if (start < 0) start = i;
        continue;
      }
      if (start < 0) continue;
      const word = folded.slice(start, i);
      start = -1;
      const t = termOf(word);
      if (!out.has(t)) out.set(t, word);
    }
  }
  return out;
}
