import type { TrendPoint } from '../../../contract';
import type { DocStore } from '../doc-store';

/** Documents per year among `ids` (index: the year; undated documents are not counted). */
export function countByYear(store: DocStore, ids: Int32Array): Uint32Array {
  const years = new Uint32Array(10000);
  const keys = store.dateKey;
  for (let i = 0; i < ids.length; i++) {
    const y = Math.floor((keys[ids[i] ?? 0] ?? 0) / 10000);
    if (y > 0 && y < 10000) years[y] = (years[y] ?? 0) + 1;
  }
  return years;
}

/** The years with any document in scope, ascending. */
export function yearsOf(scope: Uint32Array): number[] {
  const out: number[] = [];
  for (let y = 0; y < scope.length; y++) if ((scope[y] ?? 0) > 0) out.push(y);
  return out;
}

/**
 * A query's points: per year, its matches over the documents of that year in
 * scope. Shares are kept unrounded; the chart and CSV round for display.
 */
export function trendPoints(years: readonly number[], matches: Uint32Array, scope: Uint32Array): TrendPoint[] {
  return years.map((year) => {
    const m = matches[year] ?? 0;
    const docs = scope[year] ?? 0;
    return { year, matches: m, docs, share: docs > 0 ? m / docs : 0 };
  });
}
