/**
 * `npm run bench -- --sources`: the source apparatus measured on the three
 * volumes — source-note fields against the 100 hand-labelled notes (precision
 * and recall per field), dated file numbers against the dateline, markers of
 * withheld text and their extent, and what reading the apparatus and keeping
 * its rows costs at import, per 1,000 documents. A script, not a test.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createCore } from '../../src-main/core/core';
import { withApparatus } from '../../src-main/core/importers/apparatus';
import { importTei } from '../../src-main/core/importers/tei';
import { createSourceMarksWriter } from '../../src-main/core/library/source-marks';
import type { DocumentMeta, ImportedDocument } from '../../src-shared/model/document';
import { FIELDS, loadLabelled, precision, recall, score } from '../helpers/source-scoring';

const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function fieldScores(): void {
  const notes = loadLabelled();
  const s = score(notes);
  console.log(`Source-note fields on ${notes.length} hand-labelled notes (value by value):`);
  for (const k of FIELDS) {
    const f = s[k];
    if (f.tp + f.fn + f.fp === 0) continue;
    console.log(`  ${k.padEnd(15)} P ${pct(precision(f)).padStart(7)}  R ${pct(recall(f)).padStart(7)}  (${f.tp} found, ${f.fp} wrong, ${f.fn} missed)`);
  }
}

async function parsed(volumes: readonly string[]): Promise<ImportedDocument[]> {
  const docs: ImportedDocument[] = [];
  for (const file of volumes) await importTei({ name: file, chunks: [readFileSync(file)] }, (d) => docs.push(d));
  return docs;
}

/** Reading source fields and markers, per 1,000 documents (median of 5 passes over the parsed volumes). */
function apparatusCost(docs: readonly ImportedDocument[]): number {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    for (const d of docs) withApparatus(d, () => undefined);
    times.push(performance.now() - t0);
  }
  return (median(times) / docs.length) * 1000;
}

/** The sample documents of the FRUS text importer: the corpus volumes (1894–1936) predate dated file numbers. */
const SEEDS = resolve(import.meta.dirname, '../../seeds');

export async function runSourcesBench(volumes: readonly string[]): Promise<void> {
  fieldScores();
  const docs = await parsed(volumes);
  for (const withSeeds of [false, true]) {
    const seeds = withSeeds ? readdirSync(SEEDS).map((f) => join(SEEDS, f)) : [];
    console.log(withSeeds ? `With the ${seeds.length} seed documents added:` : 'The three corpus volumes:');
    await measureLibrary([...volumes, ...seeds], withSeeds ? null : docs);
  }
}

async function measureLibrary(paths: string[], docs: readonly ImportedDocument[] | null): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-sources-'));
  const core = createCore({ libraryDir: dir });
  try {
    const report = await core.importPaths(paths);
    if (report.failed.length > 0) throw new Error(report.failed.map((f) => f.message).join('\n'));
    const metas = core.repo.list().map((d) => core.repo.get(d.id)?.meta);
    let dated = 0;
    let checked = 0;
    let agree = 0;
    const off: string[] = [];
    let withMarkers = 0;
    let markers = 0;
    const units = new Map<string, number>();
    for (const m of metas) {
      const f = m?.sourceFields?.value;
      if (f?.fileNumbers.some((n) => n.value.date !== undefined)) dated++;
      if (f?.dateCheck) {
        checked++;
        if (f.dateCheck.agrees) agree++;
        else off.push(`${f.dateCheck.fileNumber} ${f.dateCheck.days} d`);
      }
      const r = m?.redactions?.value ?? [];
      if (r.length > 0) withMarkers++;
      markers += r.length;
      for (const x of r) if (x.extent) units.set(x.extent.unit, (units.get(x.extent.unit) ?? 0) + 1);
    }
    console.log(`  Dated file numbers (${metas.length} documents): ${dated} documents carry one; ${checked} have a stated dateline to compare, ${agree} agree within a week${off.length > 0 ? `, ${off.length} do not (${off.slice(0, 8).join(', ')})` : ''}.`);
    console.log(`  Markers of withheld or omitted text: ${markers} in ${withMarkers} documents; with a stated extent: ${[...units].map(([u, n]) => `${n} in ${u}`).join(', ') || 'none'}.`);
    if (!docs) return;
    const readMs = apparatusCost(docs);
    const marksMs = marksWriteCost(core.db, core.repo.list().map((d) => [d.id, core.repo.get(d.id)?.meta] as const));
    console.log(`  Indexing cost per 1,000 documents: reading source fields and markers ${readMs.toFixed(1)} ms; keeping doc_source_marks ${marksMs.toFixed(1)} ms.`);
    const rows = core.db.prepare('SELECT count(*) FROM doc_source_marks').pluck().get() as number;
    console.log(`  doc_source_marks: ${rows} rows (${(rows / metas.length).toFixed(2)} a document).`);
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Writing every document's marks again, as the repository does when it saves
 * one (`source-marks.ts`), median of 3, in this throwaway library.
 */
function marksWriteCost(db: ReturnType<typeof createCore>['db'], docs: ReadonlyArray<readonly [number, DocumentMeta | undefined]>): number {
  const write = createSourceMarksWriter(db);
  const rewrite = (): number => {
    const t0 = performance.now();
    db.transaction(() => {
      for (const [id, meta] of docs) if (meta) write(id, meta);
    })();
    return performance.now() - t0;
  };
  return (median([rewrite(), rewrite(), rewrite()]) / docs.length) * 1000;
}
