/**
 * `npx tsx tests/bench/bench-citations.ts`: time to export the citations of
 * 50 FRUS documents in each format (median of 7 runs after one warm-up).
 * Figures go to the README, never into timed assertions.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CITATION_EXPORT_FORMATS } from '../../src-main/contract';
import { createCitationExports } from '../../src-main/core/citations/export/citation-exports';
import { createCore } from '../../src-main/core/core';

const VOLUME = resolve(import.meta.dirname, '../fixtures/corpus/frus1936v03.xml');
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export async function runCitationBench(): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-cite-bench-'));
  try {
    const core = createCore({ libraryDir: dir });
    await core.importPaths([VOLUME]);
    const docIds = core.repo.list().filter((d) => d.date).slice(0, 50).map((d) => d.id);
    const exports = createCitationExports({ repo: core.repo, dossiers: core.dossiers.store });
    const out: Record<string, number> = {};
    for (const format of CITATION_EXPORT_FORMATS) {
      exports.exportCitations({ docIds, format });
      const runs = Array.from({ length: 7 }, () => {
        const t0 = performance.now();
        exports.exportCitations({ docIds, format });
        return performance.now() - t0;
      });
      out[format] = Math.round(median(runs) * 10) / 10;
    }
    core.close();
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('bench-citations.ts')) {
  console.log('citation export of 50 documents, ms (median of 7):', await runCitationBench());
}
