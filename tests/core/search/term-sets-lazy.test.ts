import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src-main/core/core';
import { tempDir } from '../../helpers/temp-dir';
import { CORPUS } from './corpus-library';

const QUERIES = ['railway', '"Secretary of State"', 'telegram year:1918', 'from:Gresham', 'treaty -japanese', 'se', 'government OR railroad'];
type Core = ReturnType<typeof createCore>;
const answers = (core: Core): unknown[] => QUERIES.map((query) => core.search.search({ query, limit: 50 }));

/** Term sets are read from the persisted copy one by one, when first asked for, after a start. */
describe('the term index after a start', () => {
  it('answers as one never restarted after an import and a deletion, and after another restart', async () => {
    const steady = createCore({ libraryDir: tempDir(), termsFrom: 0 });
    const dir = tempDir();
    const restarted = createCore({ libraryDir: dir, termsFrom: 0 });
    for (const core of [steady, restarted]) await core.importPaths([CORPUS[0] ?? '', CORPUS[1] ?? '']);
    restarted.close();
    const again = createCore({ libraryDir: dir, termsFrom: 0 });
    expect(again.indexRebuilt).toBe(false);
    expect(answers(again)).toEqual(answers(steady));
    const [victim] = steady.search.search({ query: 'railway', limit: 1 }).hits;
    if (!victim) throw new Error('no hit');
    for (const core of [steady, again]) {
      await core.importPaths([CORPUS[2] ?? '']);
      core.deletion.delete([victim.id]);
    }
    expect(answers(again)).toEqual(answers(steady));
    again.close();
    const third = createCore({ libraryDir: dir, termsFrom: 0 });
    expect(answers(third)).toEqual(answers(steady));
    third.close();
    steady.close();
  });

  it('reads a set from the full-text index when the copy was replaced before the set was first asked for', async () => {
    const dir = tempDir();
    const core = createCore({ libraryDir: dir, termsFrom: 0 });
    await core.importPaths([CORPUS[0] ?? '', CORPUS[1] ?? '']);
    const before = answers(core);
    core.close();
    const again = createCore({ libraryDir: dir, termsFrom: 0 });
    // As another process would: the copy is now of another generation, its sets emptied.
    again.db.exec("UPDATE search_cache SET data = '-1' WHERE key = '#generation'; UPDATE search_cache SET data = zeroblob(length(data)) WHERE key LIKE 'term:%'");
    expect(answers(again)).toEqual(before);
    again.close();
  });
});
