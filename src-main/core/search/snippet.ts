import { foldWithMap } from '../../../src-shared/text/fold';
import type { Snippet } from '../../contract';
import { firstPhraseMatch, firstWordMatch, markSpans, nearWindows, textWords, type Mark, type Span, type TextWord } from './match-marks';

/** Characters shown around the match: some before it, the rest after, at most MAX_WINDOW (a NEAR window can be long). */
const WINDOW = 220;
const LEAD = 60;
const MAX_WINDOW = 600;
/** A NEAR group is looked for in the text's first characters, then in four times as many, and so on: most matches stand early. */
const FIRST_PART = 4000;

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Start offsets (in folded text) where a term begins a word. */
function termStarts(folded: string, term: string): number[] {
  const found: number[] = [];
  for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
    if (!isWordChar(folded[at - 1])) found.push(at);
  }
  return found;
}

function wordEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && isWordChar(text[end])) end++;
  return end;
}

/** [start, end) of every word in `text` that begins with one of the terms. */
export function findHits(text: string, terms: readonly string[]): Array<[number, number]> {
  const folded = foldWithMap(text);
  const hits: Array<[number, number]> = [];
  for (const term of terms) {
    for (const s of termStarts(folded.text, term)) {
      const from = folded.map[s] ?? 0;
      hits.push([from, wordEnd(text, from + 1)]);
    }
  }
  return hits.sort((a, b) => a[0] - b[0]);
}

const offsets = (words: readonly TextWord[], s: Span): [number, number] => [words[s.first]?.start ?? 0, words[s.last]?.end ?? 0];

/**
 * What the snippet is centred on: the tightest window of a NEAR group, else
 * the first exact phrase, else the first matched word; null when nothing
 * matched in the text (the match was in a field the text does not hold).
 */
function anchorOf(words: readonly TextWord[], marks: readonly Mark[]): [number, number] | null {
  let best: [number, number] | null = null;
  for (const m of marks) {
    if (m.kind !== 'near') continue;
    for (const w of nearWindows(words, m)) {
      const at: [number, number] = [offsets(words, w[0] as Span)[0], offsets(words, w[w.length - 1] as Span)[1]];
      if (!best || at[1] - at[0] < best[1] - best[0]) best = at;
    }
  }
  if (best) return best;
  for (const kind of ['phrase', 'word'] as const) {
    const spans = markSpans(words, marks.filter((m) => m.kind === kind)).sort((a, b) => a.first - b.first);
    if (spans[0]) return offsets(words, spans[0]);
  }
  return null;
}

/**
 * Where the snippet stands. With a NEAR group, `anchorOf` over ever longer
 * parts of the text (cut at a space, so no word is cut), until something
 * matched or the text is read.
 */
function findAnchor(text: string, marks: readonly Mark[]): [number, number] | null {
  // Without NEAR groups the anchor is the first phrase, else the first word: found by scans that stop there.
  const words = marks.filter((m) => m.kind === 'word');
  const phrases = marks.filter((m) => m.kind === 'phrase');
  if (words.length + phrases.length === marks.length) return firstPhraseMatch(text, phrases) ?? firstWordMatch(text, words);
  for (let len = FIRST_PART; ; len *= 4) {
    const cut = len >= text.length ? text.length : text.lastIndexOf(' ', len);
    const part = cut <= 0 ? text : text.slice(0, cut);
    const found = anchorOf(textWords(part), marks);
    if (found || part.length === text.length) return found;
  }
}

/** Highlight ranges in order, overlapping ones merged (a word of a phrase that is also a query word is one mark). */
function merged(ranges: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const r of ranges.sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/**
 * A window of the text around what matched (`anchorOf`), with what matched
 * in the window highlighted: each word, each phrase as one unit, each NEAR
 * group's words where they stand within its distance.
 */
export function makeSnippet(text: string, marks: readonly Mark[]): Snippet {
  const anchor = marks.length > 0 ? findAnchor(text, marks) : null;
  const [first, last] = anchor ?? [0, 0];
  // A long NEAR window gets less lead, so the hit row's three lines show more of the window itself.
  let start = Math.max(0, first - (last - first > 80 ? LEAD / 3 : LEAD));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < first) start = space + 1;
  }
  let end = Math.min(text.length, start + Math.min(MAX_WINDOW, Math.max(WINDOW, last - start + LEAD)));
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > first) end = space;
  }
  const snippet = (start > 0 ? '…' : '') + text.slice(start, end).replace(/\s+/g, ' ') + (end < text.length ? '…' : '');
  const words = textWords(snippet);
  return { text: snippet, highlights: merged(markSpans(words, marks).map((s) => offsets(words, s))) };
}
