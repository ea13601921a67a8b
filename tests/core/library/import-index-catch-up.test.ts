import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../src-main/core/core';
import { sourcesFromPaths } from '../../../src-main/core/library/import-sources';
import { createImportWriter } from '../../../src-main/core/library/import-writer';
import { createWorkerParser, DEFAULT_LIMITS, SOURCE_WORKER } from '../../../src-main/core/library/parse-in-worker';
import { REPO, tempDir } from '../../helpers/temp-dir';

const VOLUME = join(REPO, 'tests/fixtures/corpus/frus1894Nicaragua.xml');

/** The volume's rows written as an import writes them, the search index not yet caught up. */
async function writeRows(core: Core) {
  const writer = createImportWriter({ db: core.db, repo: core.repo, index: core.index, settings: core.settings, afterSave: core.reading.afterSave });
  const { sources } = await sourcesFromPaths([VOLUME]);
  const source = sources[0];
  if (!source) throw new Error('no volume');
  const parser = createWorkerParser(DEFAULT_LIMITS, SOURCE_WORKER);
  const { docs } = await parser.parse(source).finally(parser.close);
  return { writer, ...writer.write(source.name, docs) };
}

describe('the search index after an import has written its rows', () => {
  it('is refilled at the next start if the app stopped before it caught up', async () => {
    const dir = tempDir();
    const core = createCore({ libraryDir: dir });
    await writeRows(core);
    core.close();

    const again = createCore({ libraryDir: dir });
    expect(again.repo.count()).toBe(139); // 138 documents and the volume's one section;
    expect(again.search.search({ query: 'Bluefields Honduras invading' }).total).toBeGreaterThan(0);
    again.close();
  });

  it('keeps a correction the user made before it caught up', async () => {
    const core = createCore({ libraryDir: tempDir() });
    const { writer, report, unindexed } = await writeRows(core);
    const first = report.documents[0]?.id ?? 0;
    core.reading.metaEdits.edit(first, 'title', 'Zanzibarite memorandum');
    await writer.catchUp(unindexed, () => true);
    expect(core.search.search({ query: 'Zanzibarite' }).hits.map((h) => h.id)).toEqual([first]);
    expect(core.search.search({ query: 'Gresham Baker' }).total).toBeGreaterThan(0);
    core.close();
  });
});
