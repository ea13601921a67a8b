import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportJobStatus, ImportReport } from '../../../src-main/contract';
import { createCore, type Core } from '../../../src-main/core/core';
import { sourcesFromPaths } from '../../../src-main/core/library/import-sources';
import { REPO, SEEDS, tempDir } from '../../helpers/temp-dir';

const CORPUS = join(REPO, 'tests/fixtures/corpus');
const NICARAGUA = join(CORPUS, 'frus1894Nicaragua.xml');
const RUSSIA = join(CORPUS, 'frus1918Russiav03.xml');
const V1936 = join(CORPUS, 'frus1936v03.xml');

/** Everything a user can read of the library: every document's stored columns, in id order. */
function documents(core: Core): unknown[] {
  return core.db
    .prepare('SELECT id, key, format, title, date_start, kind, sender, collection_id, source_id, number, meta_json, body_json, placement_json, plain_text FROM documents ORDER BY id')
    .all();
}

/** What search finds: every term of the full-text index with its document and occurrence counts. */
function indexedTerms(core: Core): unknown[] {
  return core.db.prepare('SELECT term, doc, cnt FROM temp.body_fts_terms ORDER BY term').all();
}

/** The report without anything that depends on timing. */
const outcome = (r: ImportReport): unknown => ({ imported: r.imported, failed: r.failed, cancelled: r.cancelled ?? false });

function folder(dir: string, files: Array<[string, string | Buffer]>): string {
  mkdirSync(dir, { recursive: true });
  for (const [name, from] of files) {
    if (typeof from === 'string') copyFileSync(from, join(dir, name));
    else writeFileSync(join(dir, name), from);
  }
  return dir;
}

async function importWith(workers: number, paths: string[]): Promise<{ core: Core; report: ImportReport }> {
  const core = createCore({ libraryDir: tempDir(), importWorkers: workers });
  const report = await core.importPaths(paths);
  return { core, report };
}

async function finished(core: Core, jobId: string): Promise<ImportJobStatus> {
  for (let s = core.jobs.status(jobId); ; s = core.jobs.status(jobId)) {
    if (!s) throw new Error('job vanished');
    if (s.done) return s;
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('a folder of volumes parsed by several workers at once', () => {
  it('gives exactly the library a one-by-one import gives: same documents, texts, index and report', async () => {
    const dir = folder(join(tempDir(), 'volumes'), [['a.xml', NICARAGUA], ['b.xml', RUSSIA], ['c.xml', V1936]]);
    const one = await importWith(1, [dir]);
    const pooled = await importWith(3, [dir]);
    expect(pooled.report.failed).toEqual([]);
    expect(outcome(pooled.report)).toEqual(outcome(one.report));
    expect(documents(pooled.core)).toEqual(documents(one.core));
    expect(indexedTerms(pooled.core)).toEqual(indexedTerms(one.core));
    for (const query of ['Managua', 'Bolshevik', '"Secretary of State"', 'Litvinov telegram']) {
      expect(pooled.core.search.search({ query }).hits.map((h) => h.id)).toEqual(one.core.search.search({ query }).hits.map((h) => h.id));
    }
    one.core.close();
    pooled.core.close();
  });

  it('reports a bad file in the middle by name and imports the others, as if it had not been there', async () => {
    const broken = readFileSync(NICARAGUA).subarray(0, 400_000);
    const dir = folder(join(tempDir(), 'volumes'), [['a.xml', NICARAGUA], ['b-broken.xml', broken], ['c.xml', RUSSIA]]);
    const pooled = await importWith(3, [dir]);
    expect(pooled.report.failed).toHaveLength(1);
    expect(pooled.report.failed[0]?.file).toMatch(/b-broken\.xml$/);
    expect(pooled.report.failed[0]?.message).toMatch(/^b-broken\.xml/);
    expect(pooled.report.imported.map((f) => f.file.replace(/^.*\//, ''))).toEqual(['a.xml', 'c.xml']);
    const without = await importWith(1, [join(dir, 'a.xml'), join(dir, 'c.xml')]);
    expect(documents(pooled.core)).toEqual(documents(without.core));
    expect(indexedTerms(pooled.core)).toEqual(indexedTerms(without.core));
    pooled.core.close();
    without.core.close();
  });

  it('cancelled mid-way, leaves each file wholly in the library or not at all', async () => {
    const dir = folder(join(tempDir(), 'volumes'), [['a.xml', NICARAGUA], ['b.xml', RUSSIA], ['c.xml', V1936]]);
    const whole = await importWith(1, [dir]);
    const perFile = (core: Core): Map<string, number> =>
      new Map((core.db.prepare('SELECT source_file AS f, count(*) AS n FROM documents GROUP BY source_file').all() as Array<{ f: string; n: number }>).map((r) => [r.f, r.n]));
    const full = perFile(whole.core);
    whole.core.close();

    const core = createCore({ libraryDir: tempDir(), importWorkers: 3 });
    const { sources } = await sourcesFromPaths([dir]);
    const jobId = core.jobs.start(sources);
    // Cancel once the first file's documents are coming in, while the others are still being parsed.
    for (let s = core.jobs.status(jobId); s && s.progress.docsDone === 0 && !s.done; s = core.jobs.status(jobId)) {
      await new Promise((r) => setImmediate(r));
    }
    expect(core.jobs.cancel(jobId)).toBe(true);
    const status = await finished(core, jobId);
    expect(status.report?.cancelled).toBe(true);
    expect(status.report?.failed).toEqual([]);
    const got = perFile(core);
    expect(got.size).toBeLessThan(3);
    for (const [file, n] of got) expect(n).toBe(full.get(file));
    // The library is the one importing just the files that made it in would give: rows and index alike.
    const alone = await importWith(1, [...got.keys()]);
    expect(documents(core)).toEqual(documents(alone.core));
    expect(indexedTerms(core)).toEqual(indexedTerms(alone.core));
    alone.core.close();
    core.close();
  });

  it('tokenises for the term index in the workers exactly as FTS5 indexes: same counts, same search results', async () => {
    const withTerms = createCore({ libraryDir: tempDir(), termsFrom: 2, importWorkers: 2 });
    const ftsOnly = createCore({ libraryDir: tempDir(), importWorkers: 2 });
    for (const core of [withTerms, ftsOnly]) {
      await core.importPaths([SEEDS]);
      // The library keeps a term index now: the volumes' documents are tokenised where they are parsed.
      await core.importPaths([NICARAGUA, RUSSIA]);
    }
    const terms = withTerms.index.terms;
    if (!terms) throw new Error('expected a term index');
    const fts = new Map((withTerms.db.prepare('SELECT term, doc FROM temp.body_fts_terms').all() as Array<{ term: string; doc: number }>).map((r) => [r.term, r.doc]));
    expect(new Map([...terms.documentFrequencies()].filter(([, n]) => n > 0))).toEqual(fts);
    for (const query of ['Managua', 'Bolshevik', '"Secretary of State"', 'Litvinov telegram', 'Blue', 'consul -Bluefields']) {
      expect(withTerms.search.search({ query }).hits.map((h) => h.id)).toEqual(ftsOnly.search.search({ query }).hits.map((h) => h.id));
    }
    withTerms.close();
    ftsOnly.close();
  });
});
