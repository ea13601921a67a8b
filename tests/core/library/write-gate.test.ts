import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src-main/core/core';
import { dispatch } from '../../../src-main/core/dispatch';
import { createHandlers } from '../../../src-main/core/handlers';
import { REPO, SEEDS, tempDir } from '../../helpers/temp-dir';

const VOLUME = join(REPO, 'tests/fixtures/corpus/frus1936v03.xml');

describe('a note saved while an import runs', () => {
  it('is kept when that import is cancelled and rolled back', async () => {
    const core = createCore({ libraryDir: tempDir() });
    await core.importPaths([SEEDS]);
    const handlers = createHandlers(core);
    const docId = core.search.search({ query: 'Thorez' }).hits[0]?.id ?? 0;

    const data = readFileSync(VOLUME).toString('base64');
    const started = await dispatch(handlers, 'import.start', { files: [{ name: 'frus1936v03.xml', dataBase64: data }] });
    if (!started.ok) throw new Error(started.error.message);
    const { jobId } = started.data as { jobId: string };
    // Wait until the import is inside its file transaction.
    for (let s = core.jobs.status(jobId); s && s.progress.docsDone === 0 && !s.done; s = core.jobs.status(jobId)) {
      await new Promise((r) => setImmediate(r));
    }
    const saving = dispatch(handlers, 'notes.save', { docId, body: 'Written during the import.' });
    await dispatch(handlers, 'import.cancel', { jobId });
    const saved = await saving;
    expect(saved.ok).toBe(true);

    for (let s = core.jobs.status(jobId); s && !s.done; s = core.jobs.status(jobId)) await new Promise((r) => setTimeout(r, 5));
    expect(core.jobs.status(jobId)?.report?.cancelled).toBe(true);
    expect(core.repo.count()).toBe(3);
    expect(core.notes.get(docId)?.body).toBe('Written during the import.');
    core.close();
  });
});
