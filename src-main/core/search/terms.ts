import { foldTerm, isAscii } from '../../../src-shared/text/fold';
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

/** A word's term, the term's number, and the last text it was seen in (so each term is listed once per call). */
interface Entry {
  term: string;
  num: number;
  seen: number;
}

const cache = new Map<string, Entry>();
let call = 0;

/**
 * Every term met in this process gets a number, so a text's terms can be
 * handed over as small integers (the term index keys runs of words by them).
 * Unlike the word cache this is never cleared: it holds one entry per
 * distinct term, a vocabulary's size.
 */
const numbers = new Map<string, number>();
const names: string[] = [''];

/** The term's number in this process (from 1; 0 is the gap between two texts). */
export function termNumber(term: string): number {
  let n = numbers.get(term);
  if (n === undefined) {
    n = names.length;
    names.push(term);
    numbers.set(term, n);
  }
  return n;
}

export function termName(num: number): string {
  return names[num] ?? '';
}

function entryOf(word: string): Entry {
  let e = cache.get(word);
  if (e === undefined) {
    const term = word.length > MAX_STEMMED ? word : stem(word);
    e = { term, num: termNumber(term), seen: 0 };
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, e);
  }
  return e;
}

export function termOf(word: string): string {
  return entryOf(word).term;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Is the character at `i` part of a word? ASCII by code, the rest by Unicode class. */
export function isWordChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  // A surrogate pair is a letter of another plane (its halves are tested as one).
  if (c >= 0xd800 && c <= 0xdfff) return WORD_CHAR.test(s.slice(c <= 0xdbff ? i : i - 1, c <= 0xdbff ? i + 2 : i + 1));
  return WORD_CHAR.test(s[i] ?? '');
}

/** The text folded for its words (case, diacritics). Archive text is mostly ASCII: lower-casing is then all the folding it needs. */
export function foldForWords(text: string): string {
  return isAscii(text) ? text.toLowerCase() : foldTerm(text);
}

/** A text as FTS5 indexes it: its terms in order, and each distinct term with one word producing it. */
export interface Tokens {
  /** The term of every word, in order, by `termNumber`; 0 between two texts (a phrase never spans them, as in FTS5's columns). */
  sequence: number[];
  /** Distinct terms by `termNumber`, in the order first met. */
  distinct: number[];
  /** For each of `distinct`, the first word met that produces it (to ask FTS5 for it: telegram, telegrams). */
  words: string[];
}

/** Per term number, the last `tokenise` call that listed it (so a term is listed once per call). */
let listedIn = new Int32Array(1 << 16);

/** Whether this call lists the term now (false if it did already). */
function listNow(num: number, serial: number): boolean {
  if (num >= listedIn.length) {
    const grown = new Int32Array(Math.max(num + 1, listedIn.length * 2));
    grown.set(listedIn);
    listedIn = grown;
  }
  if (listedIn[num] === serial) return false;
  listedIn[num] = serial;
  return true;
}

/**
 * Tokenises the texts (a document's fields). One cache lookup per word: the
 * cache entry remembers whether this call has met the word already, and each
 * term's number whether it was listed (numbers, not a map of strings: this
 * runs for every word of every document).
 */
export function tokenise(texts: readonly string[]): Tokens {
  const distinct: number[] = [];
  const words: string[] = [];
  const sequence: number[] = [];
  const serial = ++call;
  const take = (word: string): void => {
    const e = entryOf(word);
    sequence.push(e.num);
    if (e.seen === serial) return;
    e.seen = serial;
    if (!listNow(e.num, serial)) return;
    distinct.push(e.num);
    words.push(word);
  };
  texts.forEach((text, n) => {
    if (n > 0) sequence.push(0);
    const folded = foldForWords(text);
    let start = -1;
    for (let i = 0; i <= folded.length; i++) {
      if (i < folded.length && isWordChar(folded, i)) {
        if (start < 0) start = i;
        continue;
      }
      if (start < 0) continue;
      take(folded.slice(start, i));
      start = -1;
    }
  });
  return { sequence, distinct, words };
}
