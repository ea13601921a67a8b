/**
 * `npm run bench -- --links`: what the links cost and what they find on the
 * three FRUS volumes. Linking cost is the import with the editorial finder
 * against the same import with no finder, run alternately in one process
 * (figures are noisy on a shared machine: read them as a ratio).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createCore, type Core } from '../../src-main/core/core';
import { threadSizes } from './thread-sizes';

const round = (n: number, digits = 0): number => Math.round(n * 10 ** digits) / 10 ** digits;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** The kind of an editorial target, as written in the TEI or stored. */
export function targetKind(target: string): string {
  if (/^#?d\d+[a-z]?fn\w+$/i.test(target)) return 'footnote #dNfnM';
  if (/^#?d\d+[a-z]?$/i.test(target)) return 'document #dN';
  if (/^#pg_/i.test(target)) return 'page #pg_N';
  if (/^frus[\w-]+#/i.test(target)) return 'other volume, page or document';
  if (/^frus[\w-]+$/i.test(target)) return 'other volume, whole';
  if (/^#in\d+/i.test(target)) return 'index entry #inN (not a document)';
  return 'other';
}

async function importTimed(files: readonly string[], withLinks: boolean): Promise<{ ms: number; docs: number; core: Core; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-links-'));
  const core = createCore({ libraryDir: dir, ...(withLinks ? {} : { linkFinders: [] }) });
  const t0 = performance.now();
  const report = await core.importPaths(files);
  const ms = performance.now() - t0;
  const docs = core.db.prepare('SELECT count(*) FROM documents').pluck().get() as number;
  if (report.failed.length > 0) throw new Error(report.failed.map((f) => f.message).join('\n'));
  return { ms, docs, core, dir };
}

function corpusCounts(files: readonly string[], core: Core): void {
  console.log('Editorial <ref target> in the TEI → links stored (status); the table of contents is not imported, nor are its refs');
  for (const file of files) {
    const xml = readFileSync(file, 'utf8');
    const volume = basename(file, '.xml');
    const inTei = new Map<string, number>();
    for (const m of xml.matchAll(/<ref\b[^>]*?\btarget="([^"]*)"/g)) inTei.set(targetKind(m[1] ?? ''), (inTei.get(targetKind(m[1] ?? '')) ?? 0) + 1);
    const rows = core.db
      .prepare(`SELECT l.target_ref, l.status, l.why LIKE '%written in words%' AS words FROM doc_links l JOIN documents d ON d.id = l.source_id WHERE d.collection_id = ?`)
      .all(volume) as Array<{ target_ref: string; status: string; words: number }>;
    const stored = new Map<string, Record<string, number>>();
    for (const r of rows) {
      const kind = r.words ? 'page written in words in a footnote' : targetKind(r.target_ref);
      const s = stored.get(kind) ?? {};
      s[r.status] = (s[r.status] ?? 0) + 1;
      stored.set(kind, s);
    }
    console.log(`  ${volume}`);
    for (const kind of new Set([...inTei.keys(), ...stored.keys()])) {
      const s = stored.get(kind) ?? {};
      const total = Object.values(s).reduce((a, b) => a + b, 0);
      console.log(`    ${kind.padEnd(36)} TEI ${String(inTei.get(kind) ?? 0).padStart(5)}  stored ${String(total).padStart(5)}  ${JSON.stringify(s)}`);
    }
  }
}

export async function runLinksBench(files: readonly string[]): Promise<void> {
  const times = { with: [] as number[], without: [] as number[] };
  let docs = 0;
  for (let i = 0; i < 3; i++) {
    for (const withLinks of [false, true]) {
      const r = await importTimed(files, withLinks);
      times[withLinks ? 'with' : 'without'].push(r.ms);
      docs = r.docs;
      r.core.close();
      rmSync(r.dir, { recursive: true, force: true });
    }
  }
  const cost = median(times.with) - median(times.without);
  console.log(`Linking at import (${docs} documents and sections, median of 3 alternating runs)`);
  console.log(`  import without links: ${round(median(times.without))} ms; with editorial links: ${round(median(times.with))} ms`);
  console.log(`  difference: ${round((cost / docs) * 1000)} ms per 1,000 documents (${round((median(times.with) / median(times.without) - 1) * 100, 1)} % of the import; within the noise of a shared machine)`);

  const r = await importTimed(files, true);
  try {
    const ids = r.core.db.prepare('SELECT id FROM documents').pluck().all() as number[];
    const relinks: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      r.core.links.relink(ids);
      relinks.push(performance.now() - t0);
    }
    // Exactly what an import does after writing a file's rows (load, find, store), in one transaction.
    console.log(`  linking cost, measured directly (relink every document): ${round((median(relinks) / ids.length) * 1000)} ms per 1,000 documents`);
    const index = r.core.db.prepare("SELECT id FROM documents WHERE source_id = 'index' ORDER BY id LIMIT 1").pluck().get() as number;
    const busiest = r.core.db.prepare('SELECT target_id FROM doc_link_targets GROUP BY target_id ORDER BY count(*) DESC LIMIT 1').pluck().get() as number;
    const lat = (f: () => unknown): number => {
      const xs: number[] = [];
      for (let i = 0; i < 20; i++) {
        const t0 = performance.now();
        f();
        xs.push(performance.now() - t0);
      }
      return round(median(xs), 2);
    };
    console.log(`  links.refs of the index (${r.core.links.views.refs(index).length} links): ${lat(() => r.core.links.views.refs(index))} ms`);
    console.log(`  links.citedBy of the most-cited document (${r.core.links.views.citedBy(busiest).length} links): ${lat(() => r.core.links.views.citedBy(busiest))} ms`);
    corpusCounts(files, r.core);
    threadSizes(r.core);
  } finally {
    r.core.close();
    rmSync(r.dir, { recursive: true, force: true });
  }
}
