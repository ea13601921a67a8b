/**
 * `npm run bench -- --related N`: related-documents latency in a library of N
 * synthetic documents (scale-corpus.ts: real metadata, parties, chapters and
 * source notes with dates shifted, recombined text), built through the core's
 * own write path with the search index, plus synthetic links (a chain of
 * replies every 8 documents, one document cited by 300). Measures the whole
 * call in both scopes, and the similar-text reason alone (the one that reads
 * the index). A script, not a test: figures go to the README.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../../src-main/core/core';
import { createSimilarText } from '../../src-main/core/related/similar-text';
import { toIndexEntry } from '../../src-main/core/search/index-entry';
import { loadSources, makeDocument, type Sources } from './scale-corpus';
import { percentiles } from './scale-measure';

const CHUNK = 1000;
const SAMPLE = 200;

function build(core: Core, src: Sources, n: number): number[] {
  const ids: number[] = [];
  for (let from = 0; from < n; from += CHUNK) {
    const docs = Array.from({ length: Math.min(CHUNK, n - from) }, (_, k) => makeDocument(src, from + k));
    core.db.transaction(() => {
      for (const doc of docs) {
        const { id, plainText } = core.repo.save(doc, 'related-bench');
        core.index.add(id, toIndexEntry(doc.meta, doc.body, plainText, doc.placement ?? null));
        ids.push(id);
      }
      core.index.flush();
      core.settings.bumpGeneration();
    })();
  }
  return ids;
}

function link(core: Core, pairs: Array<[number, number]>): void {
  const addLink = core.db.prepare("INSERT INTO doc_links (source_id, start, end, text, basis, status, why) VALUES (?, 0, 4, 'ref', 'text', 'resolved', 'bench')");
  const addTarget = core.db.prepare('INSERT INTO doc_link_targets (link_id, rank, target_id) VALUES (?, 0, ?)');
  core.db.transaction(() => {
    for (const [from, to] of pairs) addTarget.run(addLink.run(from).lastInsertRowid, to);
  })();
}

function time(ids: readonly number[], call: (id: number) => unknown): ReturnType<typeof percentiles> {
  const xs: number[] = [];
  for (const id of ids) {
    const t0 = performance.now();
    call(id);
    xs.push(performance.now() - t0);
  }
  return percentiles(xs);
}

export async function runRelatedBench(n: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-related-bench-'));
  try {
    const core = createCore({ libraryDir: dir });
    const t0 = performance.now();
    const ids = build(core, await loadSources(), n);
    const at = (i: number): number => ids[i % ids.length] as number;
    const chains: Array<[number, number]> = [];
    for (let k = 0; k + 1 < Math.min(n, 16_000); k += 1) if (k % 8 !== 7) chains.push([at(k + 1), at(k)]);
    const hub: Array<[number, number]> = Array.from({ length: 300 }, (_, k) => [at(Math.floor(n / 2) + k + 1), at(Math.floor(n / 2))]);
    link(core, [...chains, ...hub]);
    const buildS = (performance.now() - t0) / 1000;
    // Spread over the library (a different base document each), and the much-cited one.
    const sample = Array.from({ length: SAMPLE }, (_, i) => at(Math.floor((i * n) / SAMPLE) + (i % 7)));
    const similar = createSimilarText(core.db, core.index);
    // Warm-up: the first call counts the parties (once per library change) and compiles.
    core.related.related(at(1), 'library', 20);
    const rows = {
      volume: time(sample, (id) => core.related.related(id, 'volume', 20)),
      library: time(sample, (id) => core.related.related(id, 'library', 20)),
      citedBy300: time(Array.from({ length: 20 }, () => at(Math.floor(n / 2))), (id) => core.related.related(id, 'library', 20)),
      similarText: time(sample, (id) => similar({ id, inScope: () => true })),
    };
    const found = sample.map((id) => core.related.related(id, 'library', 20).documents.length);
    core.close();
    console.log(`related documents latency, ${n.toLocaleString('en')} documents (built in ${buildS.toFixed(0)} s), ms; ${SAMPLE} documents sampled:`);
    for (const [name, p] of Object.entries(rows)) console.log(`  ${name.padEnd(12)} p50 ${p.p50.toFixed(1)}  p95 ${p.p95.toFixed(1)}  p99 ${p.p99.toFixed(1)}`);
    console.log(`  related found per document (library, limit 20): p50 ${percentiles(found).p50}, min ${Math.min(...found)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
