import type { TimelineBucket, TimelineUnit } from '../../../contract';
import type { DocStore } from '../doc-store';

/** At most this many documents are drawn one by one; above it the chart shows counts. */
export const DOC_LIMIT = 500;
/** A finer unit is used while the window holds at most this many of its buckets (bars stay a few pixels wide). */
const MAX_BUCKETS = 800;

/**
 * A date key (YYYYMMDD, 00 for an unknown month or day) as a day: a document
 * dated only by month or year stands on its first day, so it falls inside a
 * window that starts there.
 */
export function placedKey(key: number): number {
  const y = Math.floor(key / 10000);
  const m = Math.floor(key / 100) % 100 || 1;
  const d = key % 100 || 1;
  return y * 10000 + m * 100 + d;
}

export const keyToDay = (key: number): string =>
  `${String(Math.floor(key / 10000)).padStart(4, '0')}-${String(Math.floor(key / 100) % 100).padStart(2, '0')}-${String(key % 100).padStart(2, '0')}`;

export const dayToKey = (day: string): number => Number(day.replaceAll('-', ''));

const UNIT_KEY: Record<TimelineUnit, (k: number) => number> = {
  day: (k) => k,
  month: (k) => Math.floor(k / 100) * 100 + 1,
  year: (k) => Math.floor(k / 10000) * 10000 + 101,
};

export interface TimelineCounts {
  extent: [number, number] | null;
  window: [number, number] | null;
  undated: number;
  inWindow: number;
  unit: TimelineUnit;
  buckets: TimelineBucket[];
  /** Ids in the window, oldest first, when they are few (≤ DOC_LIMIT). */
  ids: number[] | null;
}

/** The coarsest unit needed: days while the window has few distinct days, else months, else years. */
function chooseUnit(days: Map<number, number>): TimelineUnit {
  if (days.size <= MAX_BUCKETS) return 'day';
  const months = new Set<number>();
  for (const k of days.keys()) months.add(UNIT_KEY.month(k));
  return months.size <= MAX_BUCKETS ? 'month' : 'year';
}

/** Counts matching documents by date within the window (the extent when none is given). */
export function countTimeline(store: DocStore, ids: Int32Array, window?: { from?: number; to?: number }): TimelineCounts {
  const keys = store.dateKey;
  let lo = Infinity;
  let hi = -Infinity;
  let undated = 0;
  const from = window?.from ?? -Infinity;
  const to = window?.to ?? Infinity;
  // Per day placed: a Map, as dated documents cluster on a few thousand days at most.
  const days = new Map<number, number>();
  let inWindow = 0;
  for (let i = 0; i < ids.length; i++) {
    const raw = keys[ids[i] ?? 0] ?? 0;
    if (raw === 0) {
      undated++;
      continue;
    }
    const k = placedKey(raw);
    if (k < lo) lo = k;
    if (k > hi) hi = k;
    if (k < from || k > to) continue;
    inWindow++;
    days.set(k, (days.get(k) ?? 0) + 1);
  }
  const extent: [number, number] | null = lo === Infinity ? null : [lo, hi];
  const shown: [number, number] | null = extent ? [Math.max(extent[0], from), Math.min(extent[1], to)] : null;
  const unit = chooseUnit(days);
  const byUnit = new Map<number, number>();
  for (const [k, n] of days) {
    const u = UNIT_KEY[unit](k);
    byUnit.set(u, (byUnit.get(u) ?? 0) + n);
  }
  const buckets = [...byUnit].sort((a, b) => a[0] - b[0]).map(([k, count]) => ({ date: keyToDay(k), count }));
  let few: number[] | null = null;
  if (inWindow <= DOC_LIMIT) {
    few = [];
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] ?? 0;
      const raw = keys[id] ?? 0;
      if (raw === 0) continue;
      const k = placedKey(raw);
      if (k >= from && k <= to) few.push(id);
    }
    few.sort((a, b) => placedKey(keys[a] ?? 0) - placedKey(keys[b] ?? 0) || a - b);
  }
  return { extent, window: shown, undated, inWindow, unit, buckets, ids: few };
}
