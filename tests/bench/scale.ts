/**
 * `npm run bench -- --docs N [--json FILE]`: search at archive scale. Builds a
 * synthetic archive of N documents (see scale-corpus.ts) through the core's own
 * write path, then measures index build, size, cold start, query latency
 * (with snippets for 20 hits and facets) against plain FTS5 with bm25, and
 * known-item search. A script, not a test: figures go to the README.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../../src-main/core/core';
import { toIndexEntry } from '../../src-main/core/search/index-entry';
import { loadSources, makeDocument, type Sources } from './scale-corpus';
import { asYouType, knownItem, latency, percentiles, type Latencies } from './scale-measure';
import { inspectLatency } from './scale-inspect';
import { ADDED_KINDS, QUERIES } from './scale-queries';
import { sourceFacetCost } from './scale-source-facets';
import { sqliteFloor } from './scale-floor';

const CHUNK = 1000;
const peakRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);
const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;

/** Inserts documents [start, n) in transactions of 1,000; returns ms spent in the core (generation excluded). */
function build(core: Core, src: Sources, start: number, n: number): number {
  let ms = 0;
  for (let from = start; from < n; from += CHUNK) {
    const docs = Array.from({ length: Math.min(CHUNK, n - from) }, (_, k) => makeDocument(src, from + k));
    const t0 = performance.now();
    core.db.transaction(() => {
      for (const doc of docs) {
        const { id, plainText } = core.repo.save(doc, 'scale-bench');
        core.index.add(id, toIndexEntry(doc.meta, doc.body, plainText, doc.placement ?? null));
      }
      core.index.flush();
      core.settings.bumpGeneration();
    })();
    ms += performance.now() - t0;
  }
  const t0 = performance.now();
  core.index.persist(core.settings.generation());
  return ms + performance.now() - t0;
}

/** Bytes of the persisted FlexSearch/facet cache and of the FTS5 shadow tables. */
function sizes(core: Core): { cacheBytes: number; ftsBytes: number; exactBytes: number; baselineBytes: number } {
  const cacheBytes = (core.db.prepare('SELECT sum(length(data)) FROM search_cache').pluck().get() as number | null) ?? 0;
  const pages = (like: string): number => (core.db.prepare('SELECT sum(pgsize) FROM dbstat WHERE name LIKE ?').pluck().get(like) as number | null) ?? 0;
  return { cacheBytes, ftsBytes: pages('body_fts%'), exactBytes: pages('body_exact_fts%'), baselineBytes: pages('plain_fts%') };
}

function buildBaseline(core: Core): number {
  const t0 = performance.now();
  core.db.exec(`
    DROP TABLE IF EXISTS plain_fts;
    CREATE VIRTUAL TABLE plain_fts USING fts5(title, body, tokenize = 'porter unicode61 remove_diacritics 2');
    INSERT INTO plain_fts (rowid, title, body) SELECT id, title, plain_text FROM documents;`);
  return performance.now() - t0;
}

/**
 * Opening the built library (before the baseline table is added) and answering
 * one query. A whole-file quick_check is timed apart: the core checks only the
 * user's own tables at open, and this shows what the whole file would cost.
 */
function coldStart(dir: string): { ms: number; quickCheckMs: number } {
  const t0 = performance.now();
  const core = createCore({ libraryDir: dir });
  const first = core.search.search({ query: 'railway', limit: 20 });
  const ms = performance.now() - t0;
  if (core.indexRebuilt || first.total === 0) throw new Error('expected a persisted index and hits');
  const t1 = performance.now();
  core.db.pragma('quick_check');
  const quickCheckMs = performance.now() - t1;
  core.close();
  return { ms, quickCheckMs };
}

/**
 * What the library list and a correction cost at this size: the browse
 * outline (built once per library change), a page of row details, and a
 * metadata edit (saved, re-indexed, and the changed parts of the cache written back).
 */
function browseAndEdit(core: Core): { outlineMs: number; outlineBytes: number; pageMs: number; placeEditMs: number; titleEditMs: number; closeWriteMs: number } {
  const t0 = performance.now();
  const outline = core.outline.get();
  const outlineMs = performance.now() - t0;
  const outlineBytes = JSON.stringify(outline).length;
  const middle = outline.ids.slice(outline.ids.length >> 1, (outline.ids.length >> 1) + 200);
  const t1 = performance.now();
  if (core.repo.summaries(middle).length !== middle.length) throw new Error('missing summaries');
  const pageMs = performance.now() - t1;
  const edit = (i: number, field: 'place' | 'title'): number => {
    const t = performance.now();
    core.reading.metaEdits.edit(middle[i] ?? 0, field, `Edited in the bench ${i}`);
    return performance.now() - t;
  };
  // The first edit after a start writes the title index back once (its per-document signatures are not persisted).
  edit(0, 'place');
  const place = [edit(1, 'place'), edit(2, 'place')];
  // A title edit leaves the title index's copy (25 MB at 100,000 documents) to be written at close.
  const title = [edit(3, 'title'), edit(4, 'title')];
  const t2 = performance.now();
  core.index.persistDeferred(core.settings.generation());
  const closeWriteMs = performance.now() - t2;
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  return { outlineMs, outlineBytes, pageMs, placeEditMs: mean(place), titleEditMs: mean(title), closeWriteMs };
}

function report(label: string, l: Latencies): void {
  console.log(`  ${label.padEnd(10)} p50 ${round(l.p50, 2)} ms  p95 ${round(l.p95, 2)} ms  p99 ${round(l.p99, 2)} ms`);
}

/** The same queries ranked as before impacts (fields and date past 250 matches), in a core opened apart. */
function previousMethod(dir: string): { p50: number; p95: number } {
  const core = createCore({ libraryDir: dir, rankLimits: { impacts: false } });
  const l = percentiles(latency(core, QUERIES).all);
  core.close();
  return { p50: l.p50, p95: l.p95 };
}

/**
 * `--docs 100000,300000`: one archive grown size by size (the build goes on
 * where the last stopped), measured at each, then a table of how each figure grows.
 */
export async function runScale(counts: number[], jsonFile?: string, keepDir?: string): Promise<void> {
  const src = await loadSources();
  // `--keep DIR` keeps the archive for the next run, which goes on from the documents it holds
  // (a 300,000-document build takes minutes; measuring a change to search should not pay it again).
  const dir = keepDir ?? mkdtempSync(join(tmpdir(), 'chancery-scale-'));
  if (keepDir) mkdirSync(keepDir, { recursive: true });
  const results: Array<Record<string, unknown>> = [];
  let built = keepDir ? documentsIn(keepDir) : 0;
  try {
    for (const n of [...counts].sort((a, b) => a - b)) {
      results.push(await measureAt(dir, src, Math.min(built, n), n));
      built = Math.max(built, n);
    }
    if (built >= FLOOR_DOCS) results[results.length - 1] = { ...results[results.length - 1], ...buildAgainstFloor(dir, src) };
    printGrowth(results);
    if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify(counts.length === 1 ? results[0] : results, null, 2)}\n`);
  } finally {
    if (!keepDir) rmSync(dir, { recursive: true, force: true });
  }
}

/** Documents the build is set against SQLite alone with (`scale-floor.ts`), in one sitting. */
const FLOOR_DOCS = 10_000;

function buildAgainstFloor(dir: string, src: Sources): { floorDocsPerSec: number; floorCoreDocsPerSec: number } {
  const floor = sqliteFloor(dir, FLOOR_DOCS);
  const fresh = mkdtempSync(join(tmpdir(), 'chancery-floor-core-'));
  const core = createCore({ libraryDir: fresh });
  const ms = build(core, src, 0, FLOOR_DOCS);
  core.close();
  rmSync(fresh, { recursive: true, force: true });
  const ours = FLOOR_DOCS / (ms / 1000);
  console.log(
    `Build against SQLite alone, ${FLOOR_DOCS} documents in one sitting: the core's write path ${round(ours, 0)} docs/s; SQLite writing the same rows and both FTS5 tables from ready strings ${round(floor, 0)} docs/s (${round(100 * (1 - ours / floor), 0)} % of the build is JavaScript)`,
  );
  return { floorDocsPerSec: round(floor, 0), floorCoreDocsPerSec: round(ours, 0) };
}

function documentsIn(dir: string): number {
  const core = createCore({ libraryDir: dir });
  try {
    return core.db.prepare('SELECT count(*) FROM documents').pluck().get() as number;
  } finally {
    core.close();
  }
}

async function measureAt(dir: string, src: Sources, from: number, n: number): Promise<Record<string, unknown>> {
  let core = createCore({ libraryDir: dir });
  const buildMs = build(core, src, from, n);
  core.close();
  const cold = coldStart(dir);
  core = createCore({ libraryDir: dir });
  const typed = asYouType(core);
  core.close();
  core = createCore({ libraryDir: dir });
  const baselineMs = buildBaseline(core);
  core.close();
  const before = previousMethod(dir);
  core = createCore({ libraryDir: dir });
  const size = sizes(core);
  const coldStartMs = cold.ms;
  const ours = latency(core, QUERIES);
  const ki = knownItem(core, 200);
  const total = percentiles(ours.all);
  const first = percentiles(ours.first);
  const fts = percentiles(ours.baseline);
  console.log(`Search at scale: ${n} documents (${src.docs.length} source documents recombined)`);
  console.log(`  build of documents ${from}..${n} ${round(buildMs / 1000, 2)} s (${round((n - from) / (buildMs / 1000), 0)} docs/s); FTS5 baseline table ${round(baselineMs / 1000, 2)} s`);
  console.log(`  persisted cache ${round(size.cacheBytes / 1048576)} MB, FTS5 index ${round(size.ftsBytes / 1048576)} MB, unstemmed (=word) ${round(size.exactBytes / 1048576)} MB (baseline FTS5 with content ${round(size.baselineBytes / 1048576)} MB)`);
  console.log(`  cold start to first answer ${round(coldStartMs, 0)} ms (a whole-file quick_check, not run at open, would add ${round(cold.quickCheckMs, 0)} ms); peak RSS ${peakRssMb()} MB`);
  report('all', total);
  const alone = percentiles(ours.alone);
  report('all alone', alone);
  console.log('  ("alone": the same queries back to back, with no FTS5 query between them)');
  console.log(`  ("all": the kinds of earlier runs; ${[...ADDED_KINDS].join(' and ')} apart below)`);
  for (const [kind, l] of Object.entries(ours.byKind)) report(kind, percentiles(l));
  report('FTS5 bm25', fts);
  for (const [kind, l] of Object.entries(ours.baselineByKind)) report(`  ${kind}`, percentiles(l));
  const inspect = inspectLatency(core, QUERIES);
  report('inspect', inspect);
  console.log(`  inspect of a query that finds nothing (explained) p95 ${round(inspect.zeroP95, 2)} ms`);
  console.log(`  p95 ratio ours/FTS5 ${round(total.p95 / fts.p95, 2)}; known-item first ${ki.found}/${ki.tried} (${round((100 * ki.found) / ki.tried)} %), p95 ${round(ki.p95, 2)} ms`);
  console.log(`  as you type (${typed.keystrokes} keystrokes, a search each, just opened) p50 ${round(typed.p50, 2)} ms p95 ${round(typed.p95, 2)} ms p99 ${round(typed.p99, 2)} ms; slowest ${round(typed.max, 0)} ms ("${typed.slowest}")`);
  console.log(`  first run of each query after opening p50 ${round(first.p50, 2)} ms p95 ${round(first.p95, 2)} ms; before impacts (fields and date past 250 matches) p50 ${round(before.p50, 2)} ms p95 ${round(before.p95, 2)} ms`);
  const sf = sourceFacetCost(core);
  console.log(`  source facets (${sf.rows} doc_source_marks rows): read once after a change ${round(sf.loadMs, 1)} ms; counted over every document p50 ${round(sf.p50, 2)} ms p95 ${round(sf.p95, 2)} ms`);
  const searchPeakRssMb = peakRssMb();
  const browse = browseAndEdit(core);
  console.log(
    `  browse outline ${round(browse.outlineMs, 0)} ms, ${round(browse.outlineBytes / 1048576, 2)} MB; 200 row details ${round(browse.pageMs, 1)} ms; edit of a place ${round(browse.placeEditMs, 0)} ms, of a title ${round(browse.titleEditMs, 0)} ms (the title index written at close: ${round(browse.closeWriteMs, 0)} ms); peak RSS now ${peakRssMb()} MB`,
  );
  const result = {
    docs: n, buildDocsPerSec: round((n - from) / (buildMs / 1000), 0), buildMs: round(buildMs, 0), firstRunP95Ms: round(first.p95, 2), typingP50Ms: round(typed.p50, 2), typingP95Ms: round(typed.p95, 2), typingMaxMs: round(typed.max, 0), previousP50Ms: round(before.p50, 2), previousP95Ms: round(before.p95, 2), indexBytes: size.cacheBytes + size.ftsBytes + size.exactBytes, cacheBytes: size.cacheBytes, ftsBytes: size.ftsBytes, exactBytes: size.exactBytes,
    coldStartMs: round(coldStartMs, 0), quickCheckMs: round(cold.quickCheckMs, 0), peakRssMb: searchPeakRssMb, peakRssWithBrowseMb: peakRssMb(),
    queryP50Ms: round(total.p50, 2), queryP95Ms: round(total.p95, 2), queryP99Ms: round(total.p99, 2), queryAloneP50Ms: round(alone.p50, 2), queryAloneP95Ms: round(alone.p95, 2),
    fts5P50Ms: round(fts.p50, 2), fts5P95Ms: round(fts.p95, 2), fts5P99Ms: round(fts.p99, 2),
    inspectP50Ms: round(inspect.p50, 2), inspectP95Ms: round(inspect.p95, 2), inspectZeroP95Ms: round(inspect.zeroP95, 2),
    knownItemPct: round((100 * ki.found) / ki.tried), sourceFacetsLoadMs: round(sf.loadMs, 1), sourceFacetsP95Ms: round(sf.p95, 2), outlineMs: round(browse.outlineMs, 0), outlineBytes: browse.outlineBytes,
    summariesPageMs: round(browse.pageMs, 1), placeEditMs: round(browse.placeEditMs, 0), titleEditMs: round(browse.titleEditMs, 0), closeWriteMs: round(browse.closeWriteMs, 0), byKind: Object.fromEntries(Object.entries(ours.byKind).map(([k, l]) => [k, percentiles(l)])),
  };
  core.db.exec('DROP TABLE plain_fts');
  core.close();
  return result;
}

/** Each figure at each size, and its growth from the first size to the last. */
function printGrowth(results: Array<Record<string, unknown>>): void {
  if (results.length < 2) return;
  const first = results[0] ?? {};
  const last = results[results.length - 1] ?? {};
  console.log(`Growth from ${String(first.docs)} to ${String(last.docs)} documents (×${round(Number(last.docs) / Number(first.docs), 1)}):`);
  for (const [key, value] of Object.entries(first)) {
    if (typeof value !== 'number' || key === 'docs') continue;
    const row = results.map((r) => String(r[key])).join(' → ');
    console.log(`  ${key.padEnd(22)} ${row}  (×${round(Number(last[key]) / value, 2)})`);
  }
}
