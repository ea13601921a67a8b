import { foldWithMap } from '../../../src-shared/text/fold';
import type { Snippet } from '../../contract';

const WINDOW = 220;

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

/** Where the first word starting with one of the terms begins (0 if none). */
function firstHit(text: string, terms: readonly string[]): number {
  const folded = foldWithMap(text);
  let first = Infinity;
  for (const term of terms) {
    for (let at = folded.text.indexOf(term); at >= 0 && at < first; at = folded.text.indexOf(term, at + 1)) {
      if (!isWordChar(folded.text[at - 1])) {
        first = at;
        break;
      }
    }
  }
  return first === Infinity ? 0 : (folded.map[first] ?? 0);
}

/**
 * A window of the text around the first match, with every matched word in the
 * window highlighted (prefix matches highlight the whole word, as search does).
 */
export function makeSnippet(text: string, terms: readonly string[]): Snippet {
  const first = firstHit(text, terms);
  let start = Math.max(0, first - 60);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < first) start = space + 1;
  }
  let end = Math.min(text.length, start + WINDOW);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > first) end = space;
  }
  const snippet =
    (start > 0 ? '…' : '') + text.slice(start, end).replace(/\s+/g, ' ') + (end < text.length ? '…' : '');
  return { text: snippet, highlights: findHits(snippet, terms) };
}
