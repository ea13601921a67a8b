/**
 * `npm run bench -- --threads N`: `thread` latency in a library of N synthetic
 * documents (scale-corpus.ts, through the repository's own write path; the
 * search index is not built, threads do not read it). Links are written
 * straight into the links tables: chains of 8 (a telegram, its answer, …),
 * one long chain of 500 (the cap), a ring of 50 (circular references), and
 * one document cited by 300 others (Cited by at its worst).
 * A script, not a test: figures go to the README.
 */
import { loadSources } from './scale-corpus';
import { addLinks, buildLibrary, timeEach, withTempCore } from './bench-library';

export async function runThreadBench(n: number): Promise<void> {
  await withTempCore('threads', async (core) => {
    const t0 = performance.now();
    const ids = buildLibrary(core, await loadSources(), n, { source: 'thread-bench', index: false });
    const buildS = (performance.now() - t0) / 1000;
    const at = (i: number): number => ids[i % ids.length] as number;
    // 2,000 chains of 8 (documents 0–15,999): document k+1 answers document k.
    const chains: Array<[number, number]> = [];
    for (let c = 0; c < 2000; c += 1) for (let k = 0; k < 7; k += 1) chains.push([at(c * 8 + k + 1), at(c * 8 + k)]);
    const long: Array<[number, number]> = Array.from({ length: 520 }, (_, k) => [at(50_000 + k + 1), at(50_000 + k)]);
    const ring: Array<[number, number]> = Array.from({ length: 50 }, (_, k) => [at(70_000 + ((k + 1) % 50)), at(70_000 + k)]);
    // A much-cited document: 300 others cite it (what Cited by costs at its worst).
    const hub: Array<[number, number]> = Array.from({ length: 300 }, (_, k) => [at(80_000 + k + 1), at(80_000)]);
    addLinks(core, [...chains, ...long, ...ring, ...hub]);
    const thread = (id: number) => core.threads.thread(id);
    const sample = (f: (i: number) => number, count: number) => Array.from({ length: count }, (_, i) => f(i));
    const rows = {
      alone: timeEach(sample((i) => at(90_000 + i * 3), 200), thread),
      chainOf8: timeEach(sample((i) => at(i * 80 + 3), 200), thread),
      ringOf50: timeEach(sample((i) => at(70_000 + (i % 50)), 100), thread),
      capped500: timeEach(sample((i) => at(50_000 + ((i * 7) % 520)), 30), thread),
      refs: timeEach(sample((i) => at(i * 80 + 3), 200), (id) => core.links.views.refs(id)),
      citedBy: timeEach(sample((i) => at(i * 80 + 3), 200), (id) => core.links.views.citedBy(id)),
      citedBy300: timeEach(sample(() => at(80_000), 30), (id) => core.links.views.citedBy(id)),
    };
    core.close();
    console.log(`thread, refs and cited-by latency, ${n.toLocaleString('en')} documents (built in ${buildS.toFixed(0)} s), ms:`);
    for (const [name, p] of Object.entries(rows)) console.log(`  ${name.padEnd(10)} p50 ${p.p50.toFixed(2)}  p95 ${p.p95.toFixed(2)}  p99 ${p.p99.toFixed(2)}`);
  });
}
