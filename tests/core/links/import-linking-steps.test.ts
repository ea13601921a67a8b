import { setImmediate } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../src-main/core/core';
import { LINKS_PENDING, PEOPLE_PENDING } from '../../../src-main/core/library/import-links';
import { CORPUS } from '../search/corpus-library';
import { tempDir } from '../../helpers/temp-dir';

const VOLUME_1918 = CORPUS[1] ?? '';
const count = (core: Core, table: string): number => core.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

/** Imports the 1918 volume, calling `between` each time the thread is let go until the import ends; returns its report. */
async function importWatching(core: Core, between: () => void): ReturnType<Core['importPaths']> {
  let done = false;
  const importing = core.importPaths([VOLUME_1918]).finally(() => (done = true));
  while (!done) {
    await setImmediate();
    between();
  }
  return importing;
}

describe("an import's links", () => {
  it('and person entries are written after the rows commit, in steps a note can be saved between', async () => {
    const dir = tempDir();
    const core = createCore({ libraryDir: dir });
    try {
      const seen: Array<{ docs: number; pending: string | null; saved: boolean }> = [];
      const report = await importWatching(core, () => {
        const docs = count(core, 'documents');
        const pending = core.settings.get(LINKS_PENDING);
        // A note written while the volume's documents wait for their links.
        const first = docs > 0 && pending !== null && pending !== '[]' ? (core.db.prepare('SELECT min(id) FROM documents').pluck().get() as number) : null;
        if (first !== null) core.notes.save(first, `written while linking (${seen.length})`);
        seen.push({ docs, pending, saved: first !== null });
      });
      expect(report.failed).toEqual([]);
      const between = seen.filter((s) => s.saved);
      // Several steps: the rows were there, links still to come, and the thread free for a note each time.
      expect(between.length).toBeGreaterThan(2);
      expect(core.settings.get(LINKS_PENDING)).toBe('[]');
      expect(count(core, 'doc_links')).toBeGreaterThan(1_000);
      expect(core.settings.get(PEOPLE_PENDING)).toBe('[]');
      expect(count(core, 'doc_people')).toBeGreaterThan(500);
      expect(core.notes.get(core.db.prepare('SELECT min(id) FROM documents').pluck().get() as number)?.body).toMatch(/^written while linking/);
    } finally {
      core.close();
    }
  }, 60_000);

  it('and person entries left unfinished when the app stopped are written at the next start', async () => {
    const dir = tempDir();
    let core = createCore({ libraryDir: dir });
    await core.importPaths([VOLUME_1918]);
    const links = count(core, 'doc_links');
    const people = count(core, 'doc_people');
    expect(people).toBeGreaterThan(500);
    expect(core.settings.get(PEOPLE_PENDING)).toBe('[]');
    const ids = core.db.prepare('SELECT id FROM documents').pluck().all() as number[];
    // As a crash between the rows' commit and the last step would leave it.
    core.db.transaction(() => {
      core.db.exec('DELETE FROM doc_links; DELETE FROM doc_people');
      core.settings.set(LINKS_PENDING, JSON.stringify(ids));
      core.settings.set(PEOPLE_PENDING, JSON.stringify(ids));
    })();
    core.close();
    core = createCore({ libraryDir: dir });
    try {
      expect(count(core, 'doc_links')).toBe(links);
      expect(count(core, 'doc_people')).toBe(people);
      expect(core.settings.get(LINKS_PENDING)).toBe('[]');
      expect(core.settings.get(PEOPLE_PENDING)).toBe('[]');
      // A damaged list does not stop the library from opening: it is dropped.
      core.settings.set(LINKS_PENDING, '{not a list');
      core.close();
      core = createCore({ libraryDir: dir });
      expect(core.settings.get(LINKS_PENDING)).toBe('[]');
      expect(count(core, 'doc_links')).toBe(links);
    } finally {
      core.close();
    }
  }, 60_000);

  it('that fail leave the file imported, and are tried again at the next start', async () => {
    const dir = tempDir();
    const broken = (): never => {
      throw new Error('a finder that fails');
    };
    let core = createCore({ libraryDir: dir, linkFinders: [broken] });
    const report = await core.importPaths([VOLUME_1918]);
    expect(report.failed).toEqual([]);
    expect(report.imported[0]?.documents.length).toBeGreaterThan(100);
    expect(count(core, 'doc_links')).toBe(0);
    expect(JSON.parse(core.settings.get(LINKS_PENDING) ?? '[]')).toHaveLength(count(core, 'documents'));
    core.close();
    core = createCore({ libraryDir: dir });
    try {
      expect(count(core, 'doc_links')).toBeGreaterThan(1_000);
      expect(core.settings.get(LINKS_PENDING)).toBe('[]');
    } finally {
      core.close();
    }
  }, 60_000);

  it("person entries come a slice of documents at a time, and a stop between two slices is finished at the next start with the same entries", async () => {
    const dir = tempDir();
    // Steps of 2 ms: since the parse worker reads each body's persons, the volume's names take about one default step (25 ms) on a quick machine.
    let core = createCore({ libraryDir: dir, importSliceMs: 2 });
    const lengths = new Set<number>();
    const report = await importWatching(core, () => {
      const pending = core.settings.get(PEOPLE_PENDING);
      if (pending !== null) lengths.add((JSON.parse(pending) as number[]).length);
    });
    expect(report.failed).toEqual([]);
    const total = count(core, 'documents');
    // A list shorter than the volume's and not yet empty: the thread was let go between two slices.
    expect([...lengths].filter((n) => n > 0 && n < total).length).toBeGreaterThan(0);
    const entries = core.db.prepare('SELECT doc_id, entry_key, role, count FROM doc_people ORDER BY 1, 2, 3').raw().all();
    const persons = count(core, 'persons');
    expect(entries.length).toBeGreaterThan(500);

    // As a stop after the first half's names would leave it: the second half's rows gone and listed.
    const ids = core.db.prepare('SELECT id FROM documents ORDER BY id').pluck().all() as number[];
    const rest = ids.slice(Math.floor(ids.length / 2));
    core.db.transaction(() => {
      core.db.prepare('DELETE FROM doc_people WHERE doc_id IN (SELECT value FROM json_each(?))').run(JSON.stringify(rest));
      core.settings.set(PEOPLE_PENDING, JSON.stringify(rest));
    })();
    core.close();
    core = createCore({ libraryDir: dir });
    try {
      expect(core.settings.get(PEOPLE_PENDING)).toBe('[]');
      expect(core.db.prepare('SELECT doc_id, entry_key, role, count FROM doc_people ORDER BY 1, 2, 3').raw().all()).toEqual(entries);
      expect(count(core, 'persons')).toBe(persons);
    } finally {
      core.close();
    }
  }, 60_000);
});
