/**
 * `npm run bench`: measures import speed over the real FRUS volumes. A script,
 * not a test — figures go to the README, never into timed assertions.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from '../../src-main/core/core';
import { parseTeiOnly } from '../../src-main/core/importers/tei';
import { sourceFromBytes } from '../../src-main/core/library/import-sources';
import { poolSizeFor } from '../../src-main/core/library/parse-pool';
import { benchExport } from './bench-export';
import { benchFileExports, printFileExports } from './bench-file-exports';
import { runHostile } from './bench-hostile';
import { runImportRobustness } from './import-robustness';
import { runLinksBench } from './bench-links';
import { printKnownItem, printKnownItemSeeds, runKnownItem, runKnownItemSeeds } from './known-item';
import { runScale } from './scale';
import { runSourcesBench } from './bench-sources';
import { runPeopleBench } from './bench-people';
import { runThreadBench } from './bench-threads';
import { runRelatedBench } from './bench-related';
import { runTextRefs } from './text-refs-bench';
import { runViewsBench } from './bench-views';

const CORPUS = resolve(import.meta.dirname, '../fixtures/corpus');
const VOLUMES = ['frus1894Nicaragua.xml', 'frus1918Russiav03.xml', 'frus1936v03.xml'].map((f) => join(CORPUS, f));

const peakRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);
const round = (n: number, digits = 0): number => Math.round(n * 10 ** digits) / 10 ** digits;

async function parseOnly(): Promise<{ docs: number; ms: number }> {
  const t0 = performance.now();
  let docs = 0;
  for (const file of VOLUMES) docs += (await parseTeiOnly({ name: file, chunks: [readFileSync(file)] })).docs;
  return { docs, ms: performance.now() - t0 };
}

/** `warm`: the core imports a short text first, so its parse worker is running (and its code compiled) when the clock starts. */
async function importAll(libraryDir: string, warm = false): Promise<{ docs: number; ms: number }> {
  const core = createCore({ libraryDir });
  if (warm) await core.imports.importSources([sourceFromBytes('warm-up.txt', new TextEncoder().encode('A short note to start the parse worker.\n'))]);
  const t0 = performance.now();
  const report = await core.importPaths(VOLUMES);
  const ms = performance.now() - t0;
  if (report.failed.length > 0) throw new Error(report.failed.map((f) => f.message).join('\n'));
  core.close();
  return { docs: report.imported.reduce((n, f) => n + f.documents.length, 0), ms };
}

/** Cold start: open the library (loading the persisted index) and answer one query. */
function firstSearch(libraryDir: string): number {
  const t0 = performance.now();
  const core = createCore({ libraryDir });
  const hits = core.search.search({ query: 'Managua telegram' }).total;
  const ms = performance.now() - t0;
  if (core.indexRebuilt || hits === 0) throw new Error('expected a persisted index and hits');
  core.close();
  return ms;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Each run into a fresh library; the first run also tells what a just-started app sees (cold JIT). */
async function importRuns(runs: number): Promise<{ docs: number; coldMs: number; warmMs: number; dir: string }> {
  const times: number[] = [];
  let docs = 0;
  let dir = '';
  for (let i = 0; i < runs; i++) {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = mkdtempSync(join(tmpdir(), 'chancery-bench-'));
    const r = await importAll(dir);
    docs = r.docs;
    times.push(r.ms);
  }
  return { docs, coldMs: times[0] ?? NaN, warmMs: median(times.slice(1)), dir };
}

/** The same import with the parse worker already running: what importing one folder after another costs. */
async function runningRuns(runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'chancery-bench-'));
    times.push((await importAll(dir, true)).ms);
    rmSync(dir, { recursive: true, force: true });
  }
  return median(times);
}

async function knownItemOnly(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-known-'));
  try {
    await importAll(dir);
    const core = createCore({ libraryDir: dir });
    printKnownItem(runKnownItem(core));
    printKnownItemSeeds(runKnownItemSeeds(core, 10));
    core.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { json: { type: 'string' }, docs: { type: 'string' }, keep: { type: 'string' }, hostile: { type: 'boolean' }, robustness: { type: 'boolean' }, 'known-item': { type: 'boolean' }, links: { type: 'boolean' }, threads: { type: 'string' }, related: { type: 'string' }, 'text-refs': { type: 'boolean' }, sources: { type: 'boolean' }, people: { type: 'string' }, views: { type: 'string' }, verbose: { type: 'boolean' } },
  });
  // `--known-item`: only the known-item part (ours against FTS5 bm25 over the three volumes, imported once).
  if (values['known-item']) return knownItemOnly();
  // `--links`: linking cost at import, relinking, refs/cited-by latency, and editorial refs in the TEI against links stored.
  if (values.links) return runLinksBench(VOLUMES);
  // `--text-refs`: references found in the text against the editors' footnotes (`--verbose` lists each miss).
  if (values['text-refs']) {
    await runTextRefs(VOLUMES, values.verbose);
    return;
  }
  // `--sources`: source-note fields against the hand-labelled notes, dated file numbers against the dateline, apparatus cost at import.
  if (values.sources) return runSourcesBench(VOLUMES);
  // `--people N`: persons lists and corresp links read vs present, correspondents joined, index cost; the person facet at N documents (0: skip).
  if (values.people !== undefined) return runPeopleBench(VOLUMES, Number(values.people || 100_000));
  // `--hostile`: the importers' limits on hostile inputs (deep nesting, enormous lines), each in its own process.
  if (values.hostile) return runHostile();
  // `--threads N`: thread latency over a synthetic library of N documents with synthetic links.
  if (values.threads) return runThreadBench(Number(values.threads));
  // `--related N`: related-documents latency over a synthetic library of N documents with the search index.
  if (values.related) return runRelatedBench(Number(values.related));
  // `--views N`: timeline, concordance and term trend over N synthetic documents.
  if (values.views) return runViewsBench(Number(values.views));
  // `--docs N[,M…]`: the search-at-scale benchmark over a synthetic archive of N documents, grown to M.
  if (values.docs) return runScale(values.docs.split(',').map(Number), values.json, values.keep);
  // `--robustness`: only the import-robustness part (adversarial files, notes.save during an import).
  if (values.robustness) {
    await runImportRobustness(VOLUMES);
    return;
  }
  const bytes = VOLUMES.reduce((n, f) => n + statSync(f).size, 0);
  const runs = await importRuns(4);
  const imp = { docs: runs.docs, ms: runs.warmMs };
  const runningMs = await runningRuns(3);
  const dir = runs.dir;
  // Parse-only, after the import runs, sees the same warmed-up JIT.
  const parseTimes: number[] = [];
  let parsedDocs = 0;
  for (let i = 0; i < 3; i++) {
    const p = await parseOnly();
    parseTimes.push(p.ms);
    parsedDocs = p.docs;
  }
  const parse = { docs: parsedDocs, ms: median(parseTimes) };
  try {
    const search = firstSearch(dir);
    const exportCore = createCore({ libraryDir: dir });
    const pdf = await benchExport(exportCore);
    const fileExports = await benchFileExports(exportCore);
    const knownItem = runKnownItem(exportCore);
    exportCore.close();
    const result = {
      docs: imp.docs,
      docsPerSec: round(imp.docs / (imp.ms / 1000)),
      coldDocsPerSec: round(imp.docs / (runs.coldMs / 1000)),
      runningDocsPerSec: round(imp.docs / (runningMs / 1000)),
      mbPerSec: round(bytes / 1048576 / (imp.ms / 1000), 1),
      parseOnlyDocsPerSec: round(parse.docs / (parse.ms / 1000)),
      parseOnlyMbPerSec: round(bytes / 1048576 / (parse.ms / 1000), 1),
      importParseRatio: round(imp.ms / parse.ms, 2),
      peakRssMb: peakRssMb(),
      firstSearchMs: round(search, 1),
      ...pdf,
      fileExports,
    };
    console.log(`Import of ${VOLUMES.length} FRUS volumes (${round(bytes / 1048576, 1)} MB, ${imp.docs} documents)`);
    console.log(`  end to end : ${result.docsPerSec} documents/s, ${result.mbPerSec} MB/s (${round(imp.ms)} ms, median of 3 runs)`);
    console.log(`  first run  : ${result.coldDocsPerSec} documents/s (${round(runs.coldMs)} ms, JIT cold, as just after launch)`);
    console.log(`  worker already running: ${result.runningDocsPerSec} documents/s (${round(runningMs)} ms, median of 3; ${poolSizeFor(VOLUMES.length, bytes)} parse worker(s) for these files on ${availableParallelism()} cores)`);
    console.log(`  parse only : ${result.parseOnlyDocsPerSec} documents/s, ${result.parseOnlyMbPerSec} MB/s (${round(parse.ms)} ms, SAX without the model)`);
    console.log(`  import/parse ratio: ${result.importParseRatio}`);
    console.log(`  peak RSS   : ${result.peakRssMb} MB`);
    console.log(`  cold start to first search answered: ${result.firstSearchMs} ms`);
    console.log(`  PDF export of a 50-document dossier: ${pdf.exportPages} pages, ${round(pdf.exportBytes / 1048576, 2)} MB in ${pdf.exportMs} ms`);
    printFileExports(fileExports);
    printKnownItem(knownItem);
    const robustness = await runImportRobustness(VOLUMES);
    const known = { knownItemQueries: knownItem.queries, knownItemFirst: knownItem.ours.first, knownItemTop3: knownItem.ours.top3, fts5KnownItemFirst: knownItem.fts5.first, fts5KnownItemTop3: knownItem.fts5.top3 };
    if (values.json) writeFileSync(values.json, `${JSON.stringify({ ...result, ...known, robustness }, null, 2)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
