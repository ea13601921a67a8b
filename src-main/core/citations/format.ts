import { formatDate } from '../../../src-shared/display/dates';
import type { DateValue } from '../../../src-shared/model/document';
import type { Page, PageRange } from './pages';

/** Square brackets: the editorial mark for information supplied rather than stated. */
export const bracket = (s: string, inferred: boolean): string => (inferred ? `[${s}]` : s);

/**
 * Dates as FRUS and Chicago print them, month first and without the time of
 * day: "December 3, 1947", "December 3–5, 1947", "1941". The one place a date
 * reads otherwise than in the reader and the PDF, because both styles require it.
 */
export const citationDate = (date: DateValue): string => formatDate(date, { order: 'month-day', time: false });

/** Chicago's inclusive numbers (CMOS 9.61): 71–72, 100–104, 101–8, 321–28, 1496–500. */
export function chicagoRange(a: string, b: string): string {
  if (!/^\d+$/.test(a) || !/^\d+$/.test(b) || a.length !== b.length || Number(a) < 100 || Number(a) % 100 === 0) return `${a}–${b}`;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const keep = Number(a) % 100 < 10 ? i : Math.min(i, a.length - 2);
  return `${a}–${b.slice(keep)}`;
}

const show = (p: Page): string => bracket(p.n, p.inferred);

/** "811", "810–811" (FRUS: numbers in full); Chicago abbreviates unless a bracket is involved. */
export function pageNumbers(r: PageRange, style: 'chicago' | 'frus'): string {
  if (r.first.n === r.last.n) return show(r.first);
  if (style === 'chicago' && !r.first.inferred && !r.last.inferred) return chicagoRange(r.first.n, r.last.n);
  return `${show(r.first)}–${show(r.last)}`;
}

export const isRange = (r: PageRange): boolean => r.first.n !== r.last.n;

/** Text with *italic* spans: plain text drops the asterisks, Markdown keeps them. */
export type Piece = string | { italic: string };

export function render(pieces: readonly Piece[], markdown: boolean): string {
  return pieces.map((p) => (typeof p === 'string' ? p : markdown ? `*${p.italic}*` : p.italic)).join('');
}

/** Joins the non-empty parts with ", ". */
export function commaJoin(partsList: ReadonlyArray<readonly Piece[] | null>): Piece[] {
  const out: Piece[] = [];
  for (const p of partsList) {
    if (!p || p.length === 0) continue;
    if (out.length > 0) out.push(', ');
    out.push(...p);
  }
  return out;
}
