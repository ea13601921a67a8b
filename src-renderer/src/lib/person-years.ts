import type { PersonPage, PersonRole } from '@contract';

export type PersonYears = PersonPage['years'];

export const ROLE_ORDER: readonly PersonRole[] = ['sender', 'recipient', 'mentioned'];

export const ROLE_TITLE: Record<PersonRole, string> = { sender: 'As sender', recipient: 'As recipient', mentioned: 'Named in' };

const ROLE_KEY = { sender: 'sent', recipient: 'received', mentioned: 'mentioned' } as const;

export interface YearSeries {
  /** Every year from the first to the last, gaps included, so a silent year shows as one. */
  years: number[];
  /** Per role, the count for each of `years` (0 where the person has none). */
  series: Array<{ role: PersonRole; data: number[] }>;
  /** The largest stacked total of a year. */
  max: number;
}

/**
 * The histogram's bars from a person's documents per year and role. Years
 * without a document are filled in: a gap in a correspondence is something to
 * see, and a bar chart that skips it would hide it. Roles with no document at
 * all are left out so the legend shows only what is there.
 */
export function yearSeries(years: PersonYears): YearSeries {
  const known = years.filter((y) => Number.isInteger(y.year));
  if (known.length === 0) return { years: [], series: [], max: 0 };
  const first = Math.min(...known.map((y) => y.year));
  const last = Math.max(...known.map((y) => y.year));
  const span = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const byYear = new Map(known.map((y) => [y.year, y]));
  const series = ROLE_ORDER.map((role) => ({ role, data: span.map((y) => byYear.get(y)?.[ROLE_KEY[role]] ?? 0) })).filter((s) => s.data.some((n) => n > 0));
  const max = Math.max(0, ...span.map((_, i) => series.reduce((t, s) => t + (s.data[i] ?? 0), 0)));
  return { years: span, series, max };
}

/** The year of a library date ('1918-03-04…'), or null for an undated document. */
export function yearOf(date: string | null): number | null {
  const m = date ? /^(-?\d{4})/.exec(date) : null;
  return m?.[1] ? Number(m[1]) : null;
}
