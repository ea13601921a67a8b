import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src-main/core/core';
import { REPO, tempDir } from '../../helpers/temp-dir';

const VOLUME = join(REPO, 'tests/fixtures/corpus/frus1894Nicaragua.xml');

describe('re-importing a FRUS volume', () => {
  it('updates its documents in place: same ids, no duplicates, notes kept', async () => {
    const dir = tempDir();
    const core = createCore({ libraryDir: dir });
    await core.importPaths([VOLUME]);
    const before = core.repo.list();
    // 138 documents and one section (the President's message in the front matter).
    expect(before).toHaveLength(139);
    const doc = before.find((d) => d.number === '2');
    expect(doc?.title).toBe('No. 2. Mr. Gresham to Mr. Baker.');
    core.notes.save(doc?.id ?? 0, 'Gresham instructs Baker — compare No. 3.');
    core.close();

    const again = createCore({ libraryDir: dir });
    const report = await again.importPaths([VOLUME]);
    expect(report.failed).toEqual([]);
    const after = again.repo.list();
    expect(after.map((d) => d.id)).toEqual(before.map((d) => d.id));
    expect(again.notes.get(doc?.id ?? 0)?.body).toBe('Gresham instructs Baker — compare No. 3.');
    expect(again.search.search({ query: 'Gresham Baker' }).hits.filter((h) => h.title === doc?.title)).toHaveLength(1);
    again.close();
  });
});
