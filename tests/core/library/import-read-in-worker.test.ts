import { copyFileSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src-main/core/core';
import type { ImportSource } from '../../../src-main/core/library/import-sources';
import { REPO, tempDir } from '../../helpers/temp-dir';

const VOLUME = join(REPO, 'tests/fixtures/corpus/frus1894Nicaragua.xml');

/**
 * A file on disk whose bytes this thread hands out once, to count its
 * documents for the progress bar; a second read fails. Only a reader of the path gets them again.
 */
function onDisk(path: string, size = 0): ImportSource {
  let reads = 0;
  return {
    name: path,
    size: size || statSync(path).size,
    path,
    *chunks() {
      if (reads++ > 0) throw new Error('read twice on the main thread');
      yield readFileSync(path);
    },
  };
}

describe('a file on disk', () => {
  // Fed from the main thread, the next volume's bytes waited while that thread wrote the previous one.
  it('is read by the parse worker itself, so its parse goes on while this thread writes', async () => {
    const core = createCore({ libraryDir: tempDir() });
    const report = await core.imports.importSources([onDisk(VOLUME)]);
    expect(report.failed).toEqual([]);
    expect(report.imported[0]?.documents.length).toBeGreaterThan(50);
    expect(core.search.search({ query: 'Bluefields' }).total).toBeGreaterThan(0);
    core.close();
  });

  it('that cannot be read any more fails by its name, and the others are imported', async () => {
    const dir = tempDir();
    const copy = join(dir, 'copy.xml');
    copyFileSync(VOLUME, copy);
    const core = createCore({ libraryDir: join(dir, 'library') });
    const report = await core.imports.importSources([onDisk(join(dir, 'gone.xml'), 1000), onDisk(copy)]);
    expect(report.failed.map((f) => f.message)).toEqual([expect.stringMatching(/^gone\.xml: could not be read \(ENOENT/)]);
    expect(report.imported.map((f) => f.file)).toEqual([copy]);
    core.close();
  });
});
