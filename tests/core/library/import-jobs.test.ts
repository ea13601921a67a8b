import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src-main/core/core';
import { sourceFromBytes } from '../../../src-main/core/library/import-sources';
import type { ImportJobStatus } from '../../../src-main/contract';
import { REPO, SEEDS, tempDir } from '../../helpers/temp-dir';

const VOLUME = join(REPO, 'tests/fixtures/corpus/frus1894Nicaragua.xml');

async function finished(status: () => ImportJobStatus | null): Promise<ImportJobStatus> {
  for (;;) {
    const s = status();
    if (!s) throw new Error('job vanished');
    if (s.done) return s;
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('import jobs', () => {
  it('report documents done / total and the current file while they run', async () => {
    const core = createCore({ libraryDir: tempDir() });
    const seen: Array<{ docsDone: number; docsTotal: number | null; file: string | null }> = [];
    const report = await core.importPaths([VOLUME], { onProgress: (p) => seen.push(p) });
    expect(report.imported[0]?.documents).toHaveLength(138);
    expect(seen[0]).toMatchObject({ docsDone: 0, docsTotal: 138, file: VOLUME });
    expect(seen.some((p) => p.docsDone > 0 && p.docsDone < 138)).toBe(true);
    expect(seen.at(-1)).toMatchObject({ docsDone: 138, docsTotal: 138 });
    core.close();
  });

  it('cancelled, leave the library consistent: whole files in or out', async () => {
    const core = createCore({ libraryDir: tempDir() });
    await core.importPaths([SEEDS]);
    const sources = [sourceFromBytes('frus1894Nicaragua.xml', readFileSync(VOLUME)), sourceFromBytes('copy.xml', readFileSync(VOLUME))];
    const jobId = core.jobs.start(sources);
    // Cancel as soon as the first documents are in the (uncommitted) transaction.
    for (let s = core.jobs.status(jobId); s && s.progress.docsDone === 0 && !s.done; s = core.jobs.status(jobId)) {
      await new Promise((r) => setImmediate(r));
    }
    expect(core.jobs.cancel(jobId)).toBe(true);
    const status = await finished(() => core.jobs.status(jobId));
    expect(status.report?.cancelled).toBe(true);
    expect(status.report?.failed).toEqual([]);
    const count = core.repo.count();
    expect([3, 3 + 138]).toContain(count);
    expect(core.search.search({ query: 'Thorez' }).total).toBe(1);
    if (count === 3) expect(core.search.search({ query: 'Managua' }).total).toBe(0);
    core.close();
  });
});
