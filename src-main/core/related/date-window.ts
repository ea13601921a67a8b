import type { DocStore } from '../search/doc-store';

const DAY_MS = 86_400_000;

/** A date key (YYYYMMDD) as a day number; null without a day (a month, a year, undated). */
export function dayOf(key: number): number | null {
  const y = Math.floor(key / 10000);
  const m = Math.floor(key / 100) % 100;
  const d = key % 100;
  if (y === 0 || m === 0 || d === 0) return null;
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

function keyOf(day: number): number {
  const t = new Date(day * DAY_MS);
  return t.getUTCFullYear() * 10000 + (t.getUTCMonth() + 1) * 100 + t.getUTCDate();
}

/** The first position in `order` whose date key is at least `key`. */
function lowerBound(order: Int32Array, dateKey: Int32Array, key: number): number {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const k = dateKey[order[mid] ?? 0] || 2 ** 31 - 1;
    if (k < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The documents dated to the day within `days` of `id`'s day, with how many
 * days apart (negative: earlier), from the facet store's date order: two
 * binary searches and the window, never the whole library.
 */
export function dateWindow(store: DocStore, id: number, days: number): Array<{ id: number; apart: number }> {
  const day = dayOf(store.dateKey[id] ?? 0);
  if (day === null) return [];
  const order = store.dateOrder();
  const out: Array<{ id: number; apart: number }> = [];
  const end = lowerBound(order, store.dateKey, keyOf(day + days + 1));
  for (let i = lowerBound(order, store.dateKey, keyOf(day - days)); i < end; i++) {
    const other = order[i] ?? 0;
    const d = dayOf(store.dateKey[other] ?? 0);
    if (other !== id && d !== null) out.push({ id: other, apart: d - day });
  }
  return out;
}
