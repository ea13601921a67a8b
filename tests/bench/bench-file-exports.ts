/**
 * Export benchmark beside the PDF's: the same 50-document dossier (the
 * longest corpus documents) as citations (CSL-JSON, BibTeX, RIS) and as HTML
 * and DOCX. Figures for the README, not assertions.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../../src-main/core/core';
import { dispatch } from '../../src-main/core/dispatch';
import { createHandlers } from '../../src-main/core/handlers';
import { benchDossier, benchExport } from './bench-export';

export type FileExportBench = Record<string, { ms: number; bytes: number }>;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export async function benchFileExports(core: Core): Promise<FileExportBench> {
  const dossierId = benchDossier(core);
  const handlers = createHandlers(core);
  const calls: Record<string, [string, unknown]> = {
    'csl-json': ['citations.export', { dossierId, format: 'csl-json' }],
    bibtex: ['citations.export', { dossierId, format: 'bibtex' }],
    ris: ['citations.export', { dossierId, format: 'ris' }],
    html: ['dossiers.exportFile', { dossierId, format: 'html' }],
    docx: ['dossiers.exportFile', { dossierId, format: 'docx' }],
  };
  const out: FileExportBench = {};
  for (const [format, [name, arg]] of Object.entries(calls)) {
    const times: number[] = [];
    let bytes = 0;
    // A warm-up run, then the median of three.
    for (let k = 0; k < 4; k++) {
      const t0 = performance.now();
      const reply = await dispatch(handlers, name, arg);
      if (k > 0) times.push(performance.now() - t0);
      if (!reply.ok) throw new Error(reply.error.message);
      const data = reply.data as { content?: string; dataBase64?: string };
      bytes = data.content !== undefined ? Buffer.byteLength(data.content) : Buffer.from(data.dataBase64 ?? '', 'base64').length;
    }
    out[format] = { ms: Math.round(median(times)), bytes };
  }
  return out;
}

export const printFileExports = (b: FileExportBench): void => {
  for (const [format, r] of Object.entries(b)) console.log(`  ${format.padEnd(8)} export of the 50-document dossier: ${r.ms} ms, ${Math.round(r.bytes / 1024)} KB`);
};

/** `npx tsx tests/bench/bench-file-exports.ts`: the three corpus volumes, every export format, the PDF too for comparison. */
if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-bench-exports-'));
  const core = createCore({ libraryDir: dir });
  const corpus = join(import.meta.dirname, '../fixtures/corpus');
  await core.importPaths(['frus1894Nicaragua.xml', 'frus1918Russiav03.xml', 'frus1936v03.xml'].map((f) => join(corpus, f)));
  const pdf = await benchExport(core);
  console.log(`  pdf      export of the 50-document dossier: ${pdf.exportMs} ms, ${Math.round(pdf.exportBytes / 1024)} KB, ${pdf.exportPages} pages`);
  printFileExports(await benchFileExports(core));
  core.close();
  rmSync(dir, { recursive: true, force: true });
}
