/**
 * `npm run bench`: measures import speed over the real FRUS volumes. A script,
 * not a test — figures go to the README, never into timed assertions.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from '../../src-main/core/core';
import { parseTeiOnly } from '../../src-main/core/importers/tei';

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

async function importAll(libraryDir: string): Promise<{ docs: number; ms: number }> {
  const core = createCore({ libraryDir });
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

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { json: { type: 'string' } } });
  const bytes = VOLUMES.reduce((n, f) => n + statSync(f).size, 0);
  // Warm up the JIT on one parse so both measurements see compiled code.
  await parseOnly();
  const parse = await parseOnly();
  const dir = mkdtempSync(join(tmpdir(), 'chancery-bench-'));
  try {
    const imp = await importAll(dir);
    const search = firstSearch(dir);
    const result = {
      docs: imp.docs,
      docsPerSec: round(imp.docs / (imp.ms / 1000)),
      mbPerSec: round(bytes / 1048576 / (imp.ms / 1000), 1),
      parseOnlyDocsPerSec: round(parse.docs / (parse.ms / 1000)),
      parseOnlyMbPerSec: round(bytes / 1048576 / (parse.ms / 1000), 1),
      importParseRatio: round(imp.ms / parse.ms, 2),
      peakRssMb: peakRssMb(),
      firstSearchMs: round(search, 1),
    };
    console.log(`Import of ${VOLUMES.length} FRUS volumes (${round(bytes / 1048576, 1)} MB, ${imp.docs} documents)`);
    console.log(`  end to end : ${result.docsPerSec} documents/s, ${result.mbPerSec} MB/s (${round(imp.ms)} ms)`);
    console.log(`  parse only : ${result.parseOnlyDocsPerSec} documents/s, ${result.parseOnlyMbPerSec} MB/s (${round(parse.ms)} ms)`);
    console.log(`  import/parse ratio: ${result.importParseRatio}`);
    console.log(`  peak RSS   : ${result.peakRssMb} MB`);
    console.log(`  cold start to first search answered: ${result.firstSearchMs} ms`);
    if (values.json) writeFileSync(values.json, `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
