import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src-main/core/core';
import { REPO, tempDir } from '../../helpers/temp-dir';

const VOLUME = join(REPO, 'tests/fixtures/corpus/frus1894Nicaragua.xml');

describe('the report of a re-import', () => {
  it('counts the documents new, updated and unchanged, and leaves unchanged ones as they were', async () => {
    const dir = tempDir();
    const file = join(dir, 'frus1894Nicaragua.xml');
    writeFileSync(file, readFileSync(VOLUME));
    const core = createCore({ libraryDir: join(dir, 'library') });

    const first = await core.importPaths([file]);
    expect(first.imported[0]?.counts).toEqual({ new: 138, updated: 0, unchanged: 0 });

    const same = await core.importPaths([file]);
    expect(same.imported[0]?.counts).toEqual({ new: 0, updated: 0, unchanged: 138 });
    expect(same.imported[0]?.documents).toHaveLength(138);

    // A user's correction is not an upstream change: the document is still unchanged, the correction kept.
    const corrected = core.repo.list().find((d) => d.number === '2');
    core.reading.metaEdits.edit(corrected?.id ?? 0, 'title', 'Gresham to Baker (corrected)');
    // One document's text edited in the file.
    writeFileSync(file, readFileSync(file, 'utf8').replace('Honduras invading at Cape Gracias.', 'Honduras invading at Cape Gracias, Quillabamba.'));
    const edited = await core.importPaths([file]);
    expect(edited.failed).toEqual([]);
    expect(edited.imported[0]?.counts).toEqual({ new: 0, updated: 1, unchanged: 137 });
    expect(core.repo.get(corrected?.id ?? 0)?.meta.title.value).toBe('Gresham to Baker (corrected)');
    expect(core.search.search({ query: 'Quillabamba' }).hits.map((h) => h.number)).toEqual(['1']);
    core.close();
  });
});
