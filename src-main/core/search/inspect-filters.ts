import type { InspectedFilter } from '../../contract';
import { emptyFilters, type FieldFilters, type Range } from './query-fields';

/** One filter on its own: how it is shown, and the filters holding it alone (to count what it keeps). */
export interface FilterPart {
  filter: InspectedFilter;
  only: FieldFilters | null;
}

const TEXT_FIELDS = ['from', 'to', 'place', 'collection', 'classification', 'tag', 'person'] as const;

const end = (n: number, label: (n: number) => string): string => (Number.isFinite(n) ? label(n) : '');

/** `1936`, `1936–1938`, `..1938`, `1936..`. */
function rangeLabel(r: Range, label: (n: number, low: boolean) => string): string {
  const lo = end(r.min, (n) => label(n, true));
  const hi = end(r.max, (n) => label(n, false));
  if (lo === hi) return lo;
  if (lo === '' || hi === '') return `${lo}..${hi}`;
  return `${lo}–${hi}`;
}

/** A date key (YYYYMMDD, 00 or 99 for an open month or day) as typed: 1947, 1947-11, 1947-11-03. */
function dateLabel(key: number): string {
  const y = Math.floor(key / 10000);
  const m = Math.floor(key / 100) % 100;
  const d = key % 100;
  const two = (n: number): string => String(n).padStart(2, '0');
  if (m === 0 || m === 99) return String(y);
  return d === 0 || d === 99 ? `${y}-${two(m)}` : `${y}-${two(m)}-${two(d)}`;
}

/** Each filter apart, in a fixed order: text fields, their exclusions, source fields, year, date, scope. */
export function splitFilters(f: FieldFilters, inQuery: boolean): FilterPart[] {
  const parts: FilterPart[] = [];
  const alone = (set: (g: FieldFilters) => void): FieldFilters => {
    const g = emptyFilters();
    set(g);
    return g;
  };
  for (const field of TEXT_FIELDS) {
    for (const value of f[field]) parts.push({ filter: { field, value, excluded: false, inQuery }, only: alone((g) => g[field].push(value)) });
  }
  for (const not of f.not) parts.push({ filter: { field: not.field, value: not.value, excluded: true, inQuery }, only: alone((g) => g.not.push(not)) });
  // Source fields (`file:`, `caveat:`, `redacted:`…): a `-` before one leaves its documents out.
  for (const m of f.marks) parts.push({ filter: { field: m.field, value: m.value, excluded: m.neg, inQuery }, only: alone((g) => g.marks.push(m)) });
  const { year, date, scope } = f;
  if (year) parts.push({ filter: { field: 'year', value: rangeLabel(year, String), excluded: false, inQuery }, only: alone((g) => (g.year = year)) });
  if (date) parts.push({ filter: { field: 'date', value: rangeLabel(date, dateLabel), excluded: false, inQuery }, only: alone((g) => (g.date = date)) });
  if (scope) parts.push({ filter: { field: 'in', value: scope, excluded: false, inQuery }, only: null });
  return parts;
}
