import { foldedWords } from '../../../src-shared/text/fold';
import type { Range } from './query-fields';

/**
 * What the user types after `[[`, read for finding one document among many
 * look-alike titles ("Mr. Conger to Mr. Hay."): words (of the title or of a
 * sender's or recipient's name), a date (`1900`, `1900-07`, `1900-07-14`) or
 * a document number (`42`, `No. 42`, `#42`). Every term must match.
 */
export type SuggestTerm =
  | { kind: 'word'; word: string }
  /** A bare year could as well be a document number or a word of the title. */
  | { kind: 'year'; year: number; text: string }
  | { kind: 'date'; range: Range }
  /** Digits: a document number starting with them, or a title word. */
  | { kind: 'number'; digits: string };

const YEAR = /^\d{4}$/;
const DATE = /^(\d{4})-(\d{1,2})(?:-(\d{1,2})?)?$/;
const NUMBER = /^(?:no\.?|#)?(\d{1,6})[.,]?$/i;

function dateTerm(m: RegExpExecArray): SuggestTerm | null {
  const year = Number(m[1]);
  const month = Number(m[2]);
  // "1900-0" is a month on its way: the year alone until it is typed.
  if (month < 1 || month > 12) return month === 0 ? { kind: 'date', range: { min: year * 10000, max: year * 10000 + 9999 } } : null;
  const base = year * 10000 + month * 100;
  if (m[3] === undefined || m[3] === '') return { kind: 'date', range: { min: base, max: base + 99 } };
  const day = Number(m[3]);
  // One digit may be the start of a two-digit day ("1900-07-1" → the 1st and 10th–19th): keep the whole month until it is typed.
  if (m[3].length === 1 && day <= 3) return { kind: 'date', range: { min: base, max: base + 99 } };
  return { kind: 'date', range: { min: base + day, max: base + day } };
}

export function parseSuggestTerms(typed: string): SuggestTerm[] {
  const out: SuggestTerm[] = [];
  // "No. 42": the number word goes with its digits.
  const tokens = typed.replace(/\b(no\.?|#)\s+(?=\d)/gi, '$1').split(/\s+/).filter((t) => t.length > 0);
  for (const token of tokens) {
    if (YEAR.test(token)) {
      out.push({ kind: 'year', year: Number(token), text: token });
      continue;
    }
    const date = DATE.exec(token);
    const asDate = date ? dateTerm(date) : null;
    if (asDate) {
      out.push(asDate);
      continue;
    }
    const num = NUMBER.exec(token);
    if (num?.[1]) {
      out.push({ kind: 'number', digits: num[1] });
      continue;
    }
    for (const word of foldedWords(token)) out.push({ kind: 'word', word });
  }
  return out;
}
