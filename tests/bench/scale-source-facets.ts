import type { Core } from '../../src-main/core/core';
import { createSourceFacetCounter } from '../../src-main/core/search/source-facets';
import { percentiles } from './scale-measure';

/**
 * The source facets' share of a search: reading doc_source_marks once after
 * a change (`loadMs`), then counting with every document matching (the
 * worst case: a pass over all marks rows), p50 and p95 of 50 counts.
 */
export function sourceFacetCost(core: Core): { loadMs: number; rows: number; p50: number; p95: number } {
  const store = core.index.store;
  const matched = new Uint8Array(store.present.length);
  matched.set(store.present);
  const counter = createSourceFacetCounter(core.db);
  const t0 = performance.now();
  counter.count(store, matched, store.size);
  const loadMs = performance.now() - t0;
  const times: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t = performance.now();
    counter.count(store, matched, store.size);
    times.push(performance.now() - t);
  }
  const rows = core.db.prepare('SELECT count(*) FROM doc_source_marks').pluck().get() as number;
  const { p50, p95 } = percentiles(times);
  return { loadMs, rows, p50, p95 };
}
