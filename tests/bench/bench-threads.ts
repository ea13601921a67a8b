/**
 * `npm run bench -- --threads N`: `thread` latency in a library of N synthetic
 * documents (scale-corpus.ts, through the repository's own write path; the
 * search index is not built, threads do not read it). Links are written
 * straight into the links tables: chains of 8 (a telegram, its answer, …),
 * one long chain of 500 (the cap), a ring of 50 (circular references), and
 * one document cited by 300 others (Cited by at its worst).
 * A script, not a test: figures go to the README.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../../src-main/core/core';
import { loadSources, makeDocument } from './scale-corpus';
import { percentiles } from './scale-measure';

const CHUNK = 1000;

function build(core: Core, n: number, src: Awaited<ReturnType<typeof loadSources>>): number[] {
  const ids: number[] = [];
  for (let from = 0; from < n; from += CHUNK) {
    core.db.transaction(() => {
      for (let k = from; k < Math.min(n, from + CHUNK); k += 1) ids.push(core.repo.save(makeDocument(src, k), 'thread-bench').id);
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

export async function runThreadBench(n: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-threads-bench-'));
  try {
    const core = createCore({ libraryDir: dir });
    const t0 = performance.now();
    const ids = build(core, n, await loadSources());
    const buildS = (performance.now() - t0) / 1000;
    const at = (i: number): number => ids[i % ids.length] as number;
    // 2,000 chains of 8 (documents 0–15,999): document k+1 answers document k.
    const chains: Array<[number, number]> = [];
    for (let c = 0; c < 2000; c += 1) for (let k = 0; k < 7; k += 1) chains.push([at(c * 8 + k + 1), at(c * 8 + k)]);
    const long: Array<[number, number]> = Array.from({ length: 520 }, (_, k) => [at(50_000 + k + 1), at(50_000 + k)]);
    const ring: Array<[number, number]> = Array.from({ length: 50 }, (_, k) => [at(70_000 + ((k + 1) % 50)), at(70_000 + k)]);
    // A much-cited document: 300 others cite it (what Cited by costs at its worst).
    const hub: Array<[number, number]> = Array.from({ length: 300 }, (_, k) => [at(80_000 + k + 1), at(80_000)]);
    link(core, [...chains, ...long, ...ring, ...hub]);
    const thread = (id: number) => core.threads.thread(id);
    const sample = (f: (i: number) => number, count: number) => Array.from({ length: count }, (_, i) => f(i));
    const rows = {
      alone: time(sample((i) => at(90_000 + i * 3), 200), thread),
      chainOf8: time(sample((i) => at(i * 80 + 3), 200), thread),
      ringOf50: time(sample((i) => at(70_000 + (i % 50)), 100), thread),
      capped500: time(sample((i) => at(50_000 + ((i * 7) % 520)), 30), thread),
      refs: time(sample((i) => at(i * 80 + 3), 200), (id) => core.links.views.refs(id)),
      citedBy: time(sample((i) => at(i * 80 + 3), 200), (id) => core.links.views.citedBy(id)),
      citedBy300: time(sample(() => at(80_000), 30), (id) => core.links.views.citedBy(id)),
    };
    core.close();
    console.log(`thread, refs and cited-by latency, ${n.toLocaleString('en')} documents (built in ${buildS.toFixed(0)} s), ms:`);
    for (const [name, p] of Object.entries(rows)) console.log(`  ${name.padEnd(10)} p50 ${p.p50.toFixed(2)}  p95 ${p.p95.toFixed(2)}  p99 ${p.p99.toFixed(2)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
