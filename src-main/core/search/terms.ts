import { foldTerm, isAscii } from '../../../src-shared/text/fold';
import { stem } from './stem';
import { HASH_START, hashStep, WordTable } from './word-table';

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

/** The terms of words asked for by `termOf` (queries, titles); `tokenise` keeps its own table. */
const cache = new Map<string, string>();
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

/** A folded word's term: Porter-stemmed, as FTS5 stems it. */
function termFor(word: string): string {
  return word.length > MAX_STEMMED ? word : stem(word);
}

export function termOf(word: string): string {
  let term = cache.get(word);
  if (term === undefined) {
    term = termFor(word);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, term);
  }
  return term;
}

/** A letter or digit of ASCII text, either case. */
function isAsciiWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Is the character at `i` part of a word? ASCII by code, the rest by Unicode class. */
export function isWordChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return isAsciiWordCode(c);
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

/** The words met by `tokenise`, each with its term's number (see word-table.ts). */
const table = new WordTable();

/** Where the next character outside ASCII stands (found natively, not character by character). */
const NON_ASCII = /[\u0080-\uffff]/g;

/** ASCII white space: a boundary that no folding rule looks across (see `scanText`). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * Tokenises the texts (a document's fields). A word's entry remembers whether
 * this call met the word already, and each term's number whether it was
 * listed (numbers, not a map of strings: this runs for every word of every
 * document).
 */
export function tokenise(texts: readonly string[]): Tokens {
  const out: Tokens = { sequence: [], distinct: [], words: [] };
  const serial = ++call;
  texts.forEach((text, n) => {
    if (n > 0) out.sequence.push(0);
    scanText(text, serial, out);
  });
  return out;
}

/**
 * Archive text is mostly ASCII, with a dash, a curly quote or an accented
 * name here and there (which used to send the whole text through Unicode
 * folding). So the text is taken in pieces between white space: an ASCII
 * piece is read as it stands (upper case read as lower case by the word
 * table), and only a piece with another character is folded first. Folding
 * piece by piece gives the whole text's result: white space is never
 * decomposed, never a mark, and not case-ignorable (Greek final sigma looks
 * no further than it).
 */
function scanText(s: string, serial: number, out: Tokens): void {
  let at = 0;
  NON_ASCII.lastIndex = 0;
  for (let m = NON_ASCII.exec(s); m !== null; m = NON_ASCII.exec(s)) {
    let start = m.index;
    while (start > at && !isSpace(s.charCodeAt(start - 1))) start--;
    let end = m.index + 1;
    while (end < s.length && !isSpace(s.charCodeAt(end))) end++;
    scanAscii(s, at, start, serial, out);
    scanFolded(foldTerm(s.slice(start, end)), serial, out);
    at = end;
    NON_ASCII.lastIndex = end;
  }
  scanAscii(s, at, s.length, serial, out);
}

function scanAscii(s: string, from: number, to: number, serial: number, out: Tokens): void {
  for (let i = from; i < to; ) {
    if (!isAsciiWordCode(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let h = HASH_START;
    for (; i < to; i++) {
      const c = s.charCodeAt(i);
      if (!isAsciiWordCode(c)) break;
      h = hashStep(h, c);
    }
    take(s, start, i, h, serial, out);
  }
}

function scanFolded(s: string, serial: number, out: Tokens): void {
  const len = s.length;
  for (let i = 0; i < len; ) {
    if (!isWordChar(s, i)) {
      i++;
      continue;
    }
    const start = i;
    let h = HASH_START;
    for (; i < len && isWordChar(s, i); i++) h = hashStep(h, s.charCodeAt(i));
    take(s, start, i, h, serial, out);
  }
}

/** One word `s[start, end)` (hash `h`) into the tokens. */
function take(s: string, start: number, end: number, h: number, serial: number, out: Tokens): void {
  let e = table.find(s, start, end, h);
  if (e === 0) {
    const word = s.slice(start, end).toLowerCase();
    e = table.add(word, h, termNumber(termFor(word)));
  }
  const num = table.values[e] ?? 0;
  out.sequence.push(num);
  if (table.marks[e] === serial) return;
  table.marks[e] = serial;
  if (!listNow(num, serial)) return;
  out.distinct.push(num);
  out.words.push(table.word(e));
}
