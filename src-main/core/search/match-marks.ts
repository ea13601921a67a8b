import type { QueryNode } from './query-parser';
import { partialTerms } from './match-query';
import { foldForWords, isWordChar, termOf } from './terms';

/**
 * What a snippet shows as matched, taken from the query tree so that it
 * means what the search meant: a word matches the words of the same stem
 * (an exact word only itself, a prefix the words starting so), a phrase its
 * words side by side as one unit, a NEAR group its items within its
 * distance. Words are counted as FTS5 counts them (`terms.ts`).
 */
export type Mark =
  | { kind: 'word'; word: string; prefix: boolean; exact: boolean }
  | { kind: 'phrase'; words: string[] }
  | { kind: 'near'; items: Mark[]; distance: number };

/** A word of the text: where it stands (original offsets) and its folded form. */
export interface TextWord {
  start: number;
  end: number;
  folded: string;
}

/** Where a mark matched: words [first, last] of the text. */
export interface Span {
  first: number;
  last: number;
}

/** The positive marks of a query (exclusions are never shown as matched). */
export function marksOf(node: QueryNode | null): Mark[] {
  if (!node) return [];
  switch (node.kind) {
    case 'term':
      return [{ kind: 'word', word: node.word, prefix: node.prefix, exact: node.exact === true }];
    case 'phrase':
      return [{ kind: 'phrase', words: node.words }];
    case 'near':
      return [{ kind: 'near', items: node.items.flatMap(marksOf), distance: node.distance }];
    case 'and':
    case 'or':
      return node.children.flatMap(marksOf);
  }
}

/** Plain terms matched as word starts (the note search's words, already stemmed for highlighting). */
export const prefixMarks = (terms: readonly string[]): Mark[] => terms.map((word) => ({ kind: 'word', word, prefix: true, exact: true }));

const MARK = /\p{M}/u;
/** A letter or digit, or a combining mark (folding drops it, so it never splits a word). */
const inWord = (s: string, i: number): boolean => isWordChar(s, i) || (s.charCodeAt(i) >= 0x300 && MARK.test(s[i] ?? ''));

/**
 * Hands each word of a text to `visit` (its offsets in the text as written,
 * and its folded form) until `visit` returns true. Words are found in the
 * text as written and folded one by one, so offsets need no map back
 * (folding a whole long text with its map cost most of a snippet's time),
 * and a word of plain ASCII (most archive text) by lower-casing alone. The
 * text is not tested or lower-cased whole first: a snippet's scan mostly
 * stops at an early word, and those two passes over each hit's whole text
 * were a tenth of a common query at 300,000 documents.
 */
function scanWords(text: string, visit: (start: number, end: number, folded: string) => boolean): void {
  let start = -1;
  let ascii = true;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && inWord(text, i)) {
      if (start < 0) {
        start = i;
        ascii = true;
      }
      if (text.charCodeAt(i) >= 128) ascii = false;
      continue;
    }
    if (start < 0) continue;
    const word = text.slice(start, i);
    if (visit(start, i, ascii ? word.toLowerCase() : foldForWords(word))) return;
    start = -1;
  }
}

/** The words of a text with their offsets, each folded as the index folds it. */
export function textWords(text: string): TextWord[] {
  const out: TextWord[] = [];
  scanWords(text, (start, end, folded) => {
    out.push({ start, end, folded });
    return false;
  });
  return out;
}

type WordMark = Extract<Mark, { kind: 'word' }>;

/**
 * [start, end) of the first word of the text that one of the word marks
 * matches, or null. The scan stops there: most matches stand early, and a
 * snippet of plain words needs nothing else (listing every word of 20 hits
 * was most of a query's snippet time).
 */
export function firstWordMatch(text: string, marks: readonly WordMark[]): [number, number] | null {
  const tests = marks.map(matcher);
  let found: [number, number] | null = null;
  scanWords(text, (start, end, folded) => {
    if (!tests.some((test) => test(folded))) return false;
    found = [start, end];
    return true;
  });
  return found;
}

type PhraseMark = Extract<Mark, { kind: 'phrase' }>;

/**
 * [start, end) of the first place one of the phrases stands in the text,
 * word after word (the earliest start; ties to the shorter), or null. Like
 * `firstWordMatch`, the scan stops soon after: once a phrase has matched,
 * only a longer one starting earlier could still come first.
 */
export function firstPhraseMatch(text: string, marks: readonly PhraseMark[]): [number, number] | null {
  const phrases = marks.filter((m) => m.words.length > 0).map((m) => m.words.map((word) => matcher({ word, prefix: false, exact: false })));
  if (phrases.length === 0) return null;
  const longest = Math.max(...phrases.map((p) => p.length));
  /** The last `longest` words: where each starts, and its folded form. */
  const recent: Array<{ start: number; folded: string }> = [];
  let found: [number, number] | null = null;
  let more = 0;
  scanWords(text, (start, end, folded) => {
    recent.push({ start, folded });
    if (recent.length > longest) recent.shift();
    for (const tests of phrases) {
      const from = recent.length - tests.length;
      const first = recent[from];
      if (!first || (found && first.start >= found[0])) continue;
      if (tests.every((test, j) => test(recent[from + j]?.folded ?? ''))) found = [first.start, end];
    }
    if (found && more === 0) more = longest;
    return found !== null && --more <= 0;
  });
  return found;
}

/** A test for one word of the text: equal, starting so, or of the same stem. */
function matcher(m: { word: string; prefix: boolean; exact: boolean }): (w: string) => boolean {
  if (m.exact) return m.prefix ? (w) => w.startsWith(m.word) : (w) => w === m.word;
  if (m.prefix) {
    // The words the search matched (`prefixTerms`): starting as typed, or of the typed word's stem or a shorter form's.
    const stems = new Set([termOf(m.word), ...partialTerms(m.word)]);
    const first = m.word.charCodeAt(0);
    return (w) => w.startsWith(m.word) || (w.charCodeAt(0) === first && stems.has(termOf(w)));
  }
  const term = termOf(m.word);
  const first = m.word.charCodeAt(0);
  // A stem keeps the word's first letter: most words are told apart without stemming.
  return (w) => w.charCodeAt(0) === first && termOf(w) === term;
}

/** Every place a word or phrase mark matches, in text order. */
function spansOf(words: readonly TextWord[], m: Mark): Span[] {
  const out: Span[] = [];
  if (m.kind === 'word') {
    const test = matcher(m);
    words.forEach((w, i) => {
      if (test(w.folded)) out.push({ first: i, last: i });
    });
  } else if (m.kind === 'phrase') {
    const tests = m.words.map((word) => matcher({ word, prefix: false, exact: false }));
    for (let i = 0; i + tests.length <= words.length; i++) {
      if (tests.every((test, j) => test(words[i + j]?.folded ?? ''))) out.push({ first: i, last: i + tests.length - 1 });
    }
  }
  return out;
}

/** Occurrences of a NEAR group's items, by item, merged in text order. */
interface ItemSpan extends Span {
  item: number;
}

/**
 * The windows where every item of a NEAR group stands within its distance:
 * for each end, the shortest window holding all items (two pointers), kept
 * when at most `distance` words separate the first item's end from the last
 * item's start (FTS5's rule). Returns the spans of items inside such windows.
 */
export function nearWindows(words: readonly TextWord[], m: Extract<Mark, { kind: 'near' }>): Span[][] {
  const spans: ItemSpan[] = m.items.flatMap((it, item) => spansOf(words, it).map((s) => ({ ...s, item }))).sort((a, b) => a.first - b.first);
  const count = new Map<number, number>();
  const windows: Span[][] = [];
  let lo = 0;
  for (let hi = 0; hi < spans.length; hi++) {
    const h = spans[hi] as ItemSpan;
    count.set(h.item, (count.get(h.item) ?? 0) + 1);
    if (count.size < m.items.length) continue;
    // Drop from the left while the window still holds every item.
    for (let first = spans[lo]; first && (count.get(first.item) ?? 0) > 1; first = spans[lo]) {
      count.set(first.item, (count.get(first.item) ?? 0) - 1);
      lo++;
    }
    const first = spans[lo] as ItemSpan;
    if (h.first - first.last - 1 <= m.distance) windows.push(spans.slice(lo, hi + 1));
  }
  return windows;
}

/** Every span a mark highlights: words, phrases as one unit, the items of NEAR windows. */
export function markSpans(words: readonly TextWord[], marks: readonly Mark[]): Span[] {
  return marks.flatMap((m) => (m.kind === 'near' ? nearWindows(words, m).flat() : spansOf(words, m)));
}
