import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src-main/core/core';
import { SEEDS, tempDir } from '../../helpers/temp-dir';

describe('notes', () => {
  it('survive closing and reopening the library, and re-importing the document', async () => {
    const dir = tempDir();
    const core = createCore({ libraryDir: dir });
    await core.importPaths([SEEDS]);
    const caffery = core.search.search({ query: 'Thorez' }).hits[0];
    expect(caffery).toBeDefined();
    const id = caffery?.id ?? 0;
    core.notes.save(id, '# Reading\nThorez refuses *retreat* — compare with Leahy 1941.');
    core.close();

    const reopened = createCore({ libraryDir: dir });
    expect(reopened.notes.get(id)?.body).toBe('# Reading\nThorez refuses *retreat* — compare with Leahy 1941.');
    const report = await reopened.importPaths([SEEDS]);
    expect(report.failed).toEqual([]);
    expect(reopened.repo.count()).toBe(3);
    expect(reopened.notes.get(id)?.body).toContain('Thorez refuses');
    reopened.close();
  });

  it('refuses a note for a document that does not exist', () => {
    const core = createCore({ libraryDir: tempDir() });
    expect(() => core.notes.save(999, 'x')).toThrow(expect.objectContaining({ code: 'not-found', message: 'Document 999 not found' }));
    expect(core.notes.get(999)).toBeNull();
    core.close();
  });
});
