/** The query inspector's latency at scale: the bench queries, words being typed, and queries that find nothing (each explained). */
import type { Core } from '../../src-main/core/core';
import { percentiles, type Latencies } from './scale-measure';
import type { BenchQuery } from './scale-queries';

const REPEATS = 5;

/** As typed, letter by letter (a prefix each time), and queries whose zero results the inspector explains. */
const TYPING = ['s', 'se', 'sec', 'secr', 'telegr', 'governmen', 'railway harb'];
const ZERO = ['telegarm', 'bluefields bolsheviki ', 'bluefields year:1936 ', 'railway -railways ', 'Nicaraugua canal '];

export function inspectLatency(core: Core, queries: readonly BenchQuery[]): Latencies & { zeroP95: number } {
  const asked = [...queries.map((q) => q.q), ...TYPING];
  const run = (q: string): number => {
    const t0 = performance.now();
    core.inspector.inspect({ query: q });
    return performance.now() - t0;
  };
  for (const q of [...asked, ...ZERO]) run(q);
  const all: number[] = [];
  const zero: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    for (const q of asked) all.push(run(q));
    for (const q of ZERO) zero.push(run(q));
  }
  return { ...percentiles([...all, ...zero]), zeroP95: percentiles(zero).p95 };
}
