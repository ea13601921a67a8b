/**
 * `npm run bench -- --related N`: related-documents latency in a library of N
 * synthetic documents (scale-corpus.ts: real metadata, parties, chapters and
 * source notes with dates shifted, recombined text), built through the core's
 * own write path with the search index, plus synthetic links (a chain of
 * replies every 8 documents, one document cited by 300). Measures the whole
 * call in both scopes, and the similar-text reason alone (the one that reads
 * the index). A script, not a test: figures go to the README.
 */
import { createSimilarText } from '../../src-main/core/related/similar-text';
import { loadSources } from './scale-corpus';
import { addLinks, buildLibrary, timeEach, withTempCore } from './bench-library';
import { percentiles } from './scale-measure';

const SAMPLE = 200;

export async function runRelatedBench(n: number): Promise<void> {
  await withTempCore('related', async (core) => {
    const t0 = performance.now();
    const ids = buildLibrary(core, await loadSources(), n, { source: 'related-bench', index: true });
    const at = (i: number): number => ids[i % ids.length] as number;
    const chains: Array<[number, number]> = [];
    for (let k = 0; k + 1 < Math.min(n, 16_000); k += 1) if (k % 8 !== 7) chains.push([at(k + 1), at(k)]);
    const hub: Array<[number, number]> = Array.from({ length: 300 }, (_, k) => [at(Math.floor(n / 2) + k + 1), at(Math.floor(n / 2))]);
    addLinks(core, [...chains, ...hub]);
    const buildS = (performance.now() - t0) / 1000;
    // Spread over the library (a different base document each), and the much-cited one.
    const sample = Array.from({ length: SAMPLE }, (_, i) => at(Math.floor((i * n) / SAMPLE) + (i % 7)));
    const similar = createSimilarText(core.db, core.index);
    // Warm-up: the first call counts the parties (once per library change) and compiles.
    core.related.related(at(1), 'library', 20);
    const rows = {
      volume: timeEach(sample, (id) => core.related.related(id, 'volume', 20)),
      library: timeEach(sample, (id) => core.related.related(id, 'library', 20)),
      citedBy300: timeEach(Array.from({ length: 20 }, () => at(Math.floor(n / 2))), (id) => core.related.related(id, 'library', 20)),
      similarText: timeEach(sample, (id) => similar({ id, inScope: () => true })),
    };
    const found = sample.map((id) => core.related.related(id, 'library', 20).documents.length);
    core.close();
    console.log(`related documents latency, ${n.toLocaleString('en')} documents (built in ${buildS.toFixed(0)} s), ms; ${SAMPLE} documents sampled:`);
    for (const [name, p] of Object.entries(rows)) console.log(`  ${name.padEnd(12)} p50 ${p.p50.toFixed(1)}  p95 ${p.p95.toFixed(1)}  p99 ${p.p99.toFixed(1)}`);
    console.log(`  related found per document (library, limit 20): p50 ${percentiles(found).p50}, min ${Math.min(...found)}`);
  });
}
