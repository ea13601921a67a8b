import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { createCore, type Core } from '../../../src-main/core/core';
import type { SearchRequest } from '../../../src-main/core/search/search';
import { REPO } from '../../helpers/temp-dir';

export const CORPUS = ['frus1894Nicaragua.xml', 'frus1918Russiav03.xml', 'frus1936v03.xml'].map((f) => join(REPO, 'tests/fixtures/corpus', f));

/**
 * The two ways a library answers words: the term index (kept from 5,000
 * documents; forced on here) and FTS5 alone (a small library). Suites that
 * state what a query finds run in both.
 */
export const SEARCH_MODES = [
  { mode: 'with the term index', termsFrom: 0 },
  { mode: 'with FTS5 alone, as a small library', termsFrom: Number.POSITIVE_INFINITY },
] as const;

/** One library with the three corpus volumes, shared by a test file (importing takes a second). */
export function corpusLibrary({ termsFrom = 0 }: { termsFrom?: number } = {}): { core: () => Core; dir: () => string } {
  let core: Core | null = null;
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chancery-corpus-'));
    core = createCore({ libraryDir: dir, termsFrom });
    const report = await core.importPaths(CORPUS);
    if (report.failed.length > 0) throw new Error(report.failed.map((f) => f.message).join('\n'));
    // Importing starts the import worker, which from TypeScript source takes seconds on a busy machine.
  }, 60_000);
  afterAll(() => {
    core?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    core: () => {
      if (!core) throw new Error('library not ready');
      return core;
    },
    dir: () => dir,
  };
}

/** Every matching document id, in ranked order, paging through the results. */
export function allIds(core: Core, req: SearchRequest): number[] {
  const ids: number[] = [];
  for (let offset = 0; ; offset += 1000) {
    const res = core.search.search({ ...req, offset, limit: 1000, scope: 'documents' });
    ids.push(...res.hits.map((h) => h.id));
    if (ids.length >= res.total || res.hits.length === 0) return ids;
  }
}
