/**
 * `npm run bench -- --views [N]`: the result views (timeline, concordance,
 * term trend) over a synthetic archive of N documents (default 100,000;
 * scale-corpus.ts, through the core's own write path), for the query whose
 * match set is nearest half the library. A script, not a test: figures go to
 * the README.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../../src-main/core/core';
import { toIndexEntry } from '../../src-main/core/search/index-entry';
import { loadSources, makeDocument, type Sources } from './scale-corpus';
import { percentiles } from './scale-measure';

const CHUNK = 1000;
const RUNS = 9;
/** Words common in the volumes; the one matching nearest half the archive is measured. */
const CANDIDATES = ['government', 'telegram', 'minister', 'secretary', 'american', 'department', 'states', 'foreign'];

function build(core: Core, src: Sources, n: number): void {
  for (let from = 0; from < n; from += CHUNK) {
    core.db.transaction(() => {
      for (let k = from; k < Math.min(n, from + CHUNK); k++) {
        const doc = makeDocument(src, k);
        const { id, plainText } = core.repo.save(doc, 'views-bench');
        core.index.add(id, toIndexEntry(doc.meta, doc.body, plainText, doc.placement ?? null));
      }
      core.index.flush();
      core.settings.bumpGeneration();
    })();
  }
  core.index.persist(core.settings.generation());
}

function timed(fn: () => unknown): ReturnType<typeof percentiles> {
  fn();
  const xs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    xs.push(performance.now() - t0);
  }
  return percentiles(xs);
}

const ms = (p: ReturnType<typeof percentiles>): string => `p50 ${p.p50.toFixed(0)} ms, p95 ${p.p95.toFixed(0)} ms`;

export async function runViewsBench(n: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-views-'));
  const core = createCore({ libraryDir: dir });
  try {
    const t0 = performance.now();
    build(core, await loadSources(), n);
    console.log(`built ${n.toLocaleString('en-GB')} documents in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    const counts = CANDIDATES.map((q) => ({ q, total: core.search.search({ query: q, limit: 1 }).total }));
    const { q, total } = counts.reduce((a, b) => (Math.abs(b.total - n / 2) < Math.abs(a.total - n / 2) ? b : a));
    console.log(`query "${q}" matches ${total.toLocaleString('en-GB')} of ${n.toLocaleString('en-GB')} (candidates: ${counts.map((c) => `${c.q} ${c.total}`).join(', ')})`);
    console.log(`  timeline (whole extent):        ${ms(timed(() => core.views.timeline({ query: q })))}`);
    console.log(`  timeline (one year, zoomed in): ${ms(timed(() => core.views.timeline({ query: q, dateFrom: '1918-01-01', dateTo: '1918-12-31' })))}`);
    console.log(`  trend (one query):              ${ms(timed(() => core.views.trend({ queries: [q] })))}`);
    console.log(`  trend (two queries):            ${ms(timed(() => core.views.trend({ queries: [q, 'railway'] })))}`);
    const c = core.views.concordance({ query: q });
    console.log(`  concordance: ${c.lines.length} lines of ${c.occurrences.toLocaleString('en-GB')} occurrences in ${c.withOccurrences.toLocaleString('en-GB')} documents`);
    console.log(`  concordance (first 1,000):      ${ms(timed(() => core.views.concordance({ query: q })))}`);
    console.log(`  concordance sorted by right:    ${ms(timed(() => core.views.concordance({ query: q, sort: 'right' })))}`);
    console.log(`  search total, for comparison:   ${ms(timed(() => core.search.search({ query: q, limit: 20 })))}`);
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
