import type { ConcordanceLine, ConcordanceSort } from '../../../contract';
import { foldedWords } from '../../../../src-shared/text/fold';

/** Characters of context on each side of the keyword. */
export const CONTEXT = 80;

const collapse = (s: string): string => s.replace(/\s+/g, ' ');

/** The context before `start`: up to CONTEXT characters, not starting inside a word. */
export function leftContext(text: string, start: number): string {
  const from = Math.max(0, start - CONTEXT);
  let part = text.slice(from, start);
  if (from > 0) {
    const space = part.search(/\s/);
    if (space >= 0) part = part.slice(space + 1);
  }
  return collapse(part).trimStart();
}

/** The context after `end`: up to CONTEXT characters, not ending inside a word. */
export function rightContext(text: string, end: number): string {
  const to = Math.min(text.length, end + CONTEXT);
  let part = text.slice(end, to);
  if (to < text.length) {
    const space = part.search(/\s\S*$/);
    if (space >= 0) part = part.slice(0, space);
  }
  return collapse(part).trimEnd();
}

/** Compares word lists word by word: the first differing word decides, a shorter list first. */
function compareWords(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

/**
 * Sorted as corpus linguistics sorts a concordance: by the words nearest the
 * keyword outwards — left: the word just before it, then the one before that
 * (L1, L2, …); right: R1, R2, … — folded, so case and accents do not split
 * groups; ties keep text order. `document` keeps documents oldest first.
 */
export function sortLines(lines: readonly ConcordanceLine[], sort: ConcordanceSort): ConcordanceLine[] {
  if (sort === 'document') return [...lines];
  const keyed = lines.map((line, at) => ({
    line,
    at,
    key: sort === 'left' ? foldedWords(line.left).reverse() : foldedWords(line.right),
    word: foldedWords(line.keyword),
  }));
  keyed.sort((a, b) => compareWords(a.key, b.key) || compareWords(a.word, b.word) || a.at - b.at);
  return keyed.map((k) => k.line);
}
