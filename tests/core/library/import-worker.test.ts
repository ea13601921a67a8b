import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportJobStatus } from '../../../src-main/contract';
import { createCore, type Core } from '../../../src-main/core/core';
import { dispatch } from '../../../src-main/core/dispatch';
import { createHandlers } from '../../../src-main/core/handlers';
import { sourceFromBytes } from '../../../src-main/core/library/import-sources';
import { REPO, SEEDS, tempDir } from '../../helpers/temp-dir';

const VOLUME = join(REPO, 'tests/fixtures/corpus/frus1894Nicaragua.xml');
const BIG_VOLUME = join(REPO, 'tests/fixtures/corpus/frus1936v03.xml');

/** A long but ordinary Markdown file (12 MB of paragraphs), with a word found nowhere else. */
function bigMarkdown(dir: string): string {
  const path = join(dir, 'big.md');
  let text = '# Minutes of the Quillabamba commission\n\n';
  for (let i = 0; i < 120_000; i++) text += `Paragraph ${i} of the minutes, read and approved without amendment.\n\n`;
  writeFileSync(path, text);
  return path;
}

async function finished(core: Core, jobId: string): Promise<ImportJobStatus> {
  for (let s = core.jobs.status(jobId); ; s = core.jobs.status(jobId)) {
    if (!s) throw new Error('job vanished');
    if (s.done) return s;
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** What a user can see of the library: its documents and what a search finds. */
const visible = (core: Core): { docs: number; found: number } => ({
  docs: core.repo.count(),
  found: core.search.search({ query: 'Quillabamba' }).total + core.search.search({ query: 'Bluefields' }).total,
});

describe('an import parsed in a worker', () => {
  it('that needs more memory than its cap fails, naming the file, and leaves the library as it was', async () => {
    const dir = tempDir();
    const core = createCore({ libraryDir: join(dir, 'library'), importLimits: { memoryMb: 48 } });
    await core.importPaths([SEEDS]);
    const before = visible(core);
    const report = await core.importPaths([bigMarkdown(dir)]);
    expect(report.imported).toEqual([]);
    expect(report.failed[0]?.message).toBe('big.md: the import stopped: it needed more than 48 MB');
    expect(visible(core)).toEqual(before);
    core.close();
  });

  it('that shows no progress within the time limit is stopped, and leaves the library as it was', async () => {
    const core = createCore({ libraryDir: tempDir(), importLimits: { stallMs: 20 } });
    const report = await core.importPaths([VOLUME]);
    expect(report.failed[0]?.message).toBe('frus1894Nicaragua.xml: the import stopped: it made no progress for 20 ms');
    expect(visible(core)).toEqual({ docs: 0, found: 0 });
    core.close();
  });

  it('cancelled while the file is parsed, leaves nothing of it', async () => {
    const core = createCore({ libraryDir: tempDir() });
    await core.importPaths([SEEDS]);
    const before = visible(core);
    const jobId = core.jobs.start([sourceFromBytes('frus1894Nicaragua.xml', readFileSync(VOLUME))]);
    await new Promise((r) => setTimeout(r, 50));
    core.jobs.cancel(jobId);
    const done = await finished(core, jobId);
    expect(done.report?.cancelled).toBe(true);
    expect(done.report?.imported).toEqual([]);
    expect(visible(core)).toEqual(before);
    core.close();
  });

  for (const outcome of ['commits', 'fails'] as const) {
    it(`lets a note be saved meanwhile, answered before the file is written, and kept when the import ${outcome}`, async () => {
      const dir = tempDir();
      const core = createCore({ libraryDir: join(dir, 'library'), ...(outcome === 'fails' ? { importLimits: { memoryMb: 48 } } : {}) });
      await core.importPaths([SEEDS]);
      const handlers = createHandlers(core);
      const docId = core.repo.list()[0]?.id ?? 0;
      const file = outcome === 'commits' ? BIG_VOLUME : bigMarkdown(dir);
      const started = await dispatch(handlers, 'import.start', { files: [{ name: file, dataBase64: readFileSync(file).toString('base64') }] });
      if (!started.ok) throw new Error(started.error.message);
      const { jobId } = started.data as { jobId: string };

      if (outcome === 'commits') {
        // Well into the file: some of its documents are parsed, the rest still to come.
        for (let s = core.jobs.status(jobId); s && s.progress.docsDone === 0 && !s.done; s = core.jobs.status(jobId)) {
          await new Promise((r) => setImmediate(r));
        }
      }
      const saved = await dispatch(handlers, 'notes.save', { docId, body: 'Written during the import.' });
      expect(saved.ok).toBe(true);
      // The save did not wait for the import: none of the file's documents were in yet.
      expect(core.repo.count()).toBe(3);

      const done = await finished(core, jobId);
      expect(done.report?.imported.length).toBe(outcome === 'commits' ? 1 : 0);
      expect(core.repo.count()).toBe(outcome === 'commits' ? 3 + 586 + 13 : 3); // 586 documents and 13 sections
      expect(core.notes.get(docId)?.body).toBe('Written during the import.');
      core.close();
    });
  }
});
