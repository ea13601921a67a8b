import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src-main/core/core';
import { REPO } from '../../helpers/temp-dir';
import { api, seeded } from '../reading/helpers';

describe('library.changes: another process writing the same library', () => {
  it('counts commits made elsewhere, never our own, and brings the search index back in step', async () => {
    const { dir, core, call } = await seeded();
    const first = await call('library.changes', {});
    await call('dossiers.create', { title: 'Ours' });
    expect(await call('library.changes', {})).toEqual(first);

    // A second core on the same folder, as the CLI in a terminal is.
    const other = createCore({ libraryDir: dir });
    other.dossiers.store.create({ title: 'From the terminal' });
    const afterDossier = await call('library.changes', {});
    expect(afterDossier).toEqual({ outside: first.outside + 1, generation: first.generation });
    expect((await call('dossiers.list', {})).map((d) => d.title).sort()).toEqual(['From the terminal', 'Ours']);

    expect((await call('library.search', { query: 'Bluefields', scope: 'documents' })).total).toBe(0);
    await other.importPaths([join(REPO, 'tests/fixtures/corpus/frus1894Nicaragua.xml')]);
    other.close();
    const afterImport = await call('library.changes', {});
    expect(afterImport.outside).toBeGreaterThan(afterDossier.outside);
    expect(afterImport.generation).toBeGreaterThan(first.generation);
    expect((await call('library.search', { query: 'Bluefields', scope: 'documents' })).total).toBeGreaterThan(0);
    expect((await call('documents.suggest', { prefix: 'Gresham' })).total).toBeGreaterThan(0);
    core.close();
  });

  it('a fresh core reports no outside change', async () => {
    const { core } = await seeded();
    const call = api(core);
    expect((await call('library.changes', {})).outside).toBe(0);
    core.close();
  });
});
