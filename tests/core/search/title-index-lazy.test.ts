import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src-main/core/core';
import { tempDir } from '../../helpers/temp-dir';
import { CORPUS } from './corpus-library';

/** Ids the `[[` autocomplete offers for a typed word (it asks the title index). */
const offered = (core: ReturnType<typeof createCore>, typed: string): number[] => core.reading.suggest.suggest(typed, 500).items.map((i) => i.id).sort((a, b) => a - b);

describe('the title index, read from its persisted copy on first use after a start', () => {
  it('offers the same titles after a restart, and keeps a retitling made before its first use', async () => {
    const dir = tempDir();
    const core = createCore({ libraryDir: dir, termsFrom: 0 });
    await core.importPaths([CORPUS[0] ?? '']);
    const [hit] = core.search.search({ query: 'Gresham', limit: 1, scope: 'documents' }).hits;
    if (!hit) throw new Error('no hit');
    const words = ['Gresham', 'Baker', 'Mr'];
    const before = words.map((w) => offered(core, w));
    expect(before.every((ids) => ids.length > 0)).toBe(true);
    core.close();

    const again = createCore({ libraryDir: dir, termsFrom: 0 });
    expect(again.indexRebuilt).toBe(false);
    // A place edit leaves the title alone; then a title edit, both before anything asked for a title.
    again.reading.metaEdits.edit(hit.id + 1, 'place', 'Bluefields');
    again.reading.metaEdits.edit(hit.id, 'title', 'Zanzibar memorandum');
    expect(offered(again, 'Zanzibar')).toEqual([hit.id]);
    const without = (ids: number[]): number[] => ids.filter((id) => id !== hit.id);
    expect(words.map((w) => without(offered(again, w)))).toEqual(before.map(without));
    again.close();

    const third = createCore({ libraryDir: dir, termsFrom: 0 });
    expect(offered(third, 'Zanzibar')).toEqual([hit.id]);
    expect(words.map((w) => without(offered(third, w)))).toEqual(before.map(without));
    third.close();
  });

  it('rebuilds from the titles in SQLite when its copy was replaced before its first use', async () => {
    const dir = tempDir();
    const core = createCore({ libraryDir: dir, termsFrom: 0 });
    await core.importPaths([CORPUS[0] ?? '']);
    const before = offered(core, 'Gresham');
    core.close();
    const again = createCore({ libraryDir: dir, termsFrom: 0 });
    // As another process would: the copy now describes other titles.
    again.db.exec("UPDATE search_cache SET data = '0' WHERE key = '#fields-generation'; DELETE FROM search_cache WHERE key LIKE 'title:%'");
    expect(offered(again, 'Gresham')).toEqual(before);
    again.close();
  });
});
