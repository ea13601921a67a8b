import type { DateValue } from '../../../src-shared/model/document';
import type { Page, PageRange } from './pages';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Square brackets: the editorial mark for information supplied rather than stated. */
export const bracket = (s: string, inferred: boolean): string => (inferred ? `[${s}]` : s);

function parts(d: string): { y: string; m?: string; d?: number } {
  const [y = '', m, day] = d.slice(0, 10).split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  return { y, ...(month ? { m: month } : {}), ...(day ? { d: Number(day) } : {}) };
}

function one(d: string): string {
  const p = parts(d);
  if (p.m && p.d) return `${p.m} ${p.d}, ${p.y}`;
  return p.m ? `${p.m} ${p.y}` : p.y;
}

/** US style, as FRUS and Chicago print dates: "December 3, 1947", "December 3–5, 1947", "1941". */
export function formatDate(date: DateValue): string {
  if (!date.end || date.end.slice(0, 10) === date.start.slice(0, 10)) return one(date.start);
  const a = parts(date.start);
  const b = parts(date.end);
  if (a.y === b.y && a.m && a.m === b.m && a.d && b.d) return `${a.m} ${a.d}–${b.d}, ${a.y}`;
  return `${one(date.start)}–${one(date.end)}`;
}

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
