import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../src-main/core/core';
import { createThreads } from '../../../src-main/core/threads/threads';
import { REPO } from '../../helpers/temp-dir';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { insertLink } from './link-rows';

const VOLUME = join(REPO, 'tests/fixtures/corpus/frus1918Russiav03.xml');

let core: Core;
let dir: string;
/** Library id of the volume's document dN. */
const doc = (n: number): number => core.db.prepare('SELECT id FROM documents WHERE source_id = ?').pluck().get(`d${n}`) as number;
const thread = (id: number) => core.threads.thread(id).entries.map((e) => e.id);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chancery-threads-'));
  // No finders: the walk is tested on the links each case writes, not on those the volume holds.
  core = createCore({ libraryDir: dir, linkFinders: [] });
  const report = await core.importPaths([VOLUME]);
  if (report.failed.length > 0) throw new Error(report.failed[0]?.message);
}, 60_000);
afterAll(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a thread from the links', () => {
  it('is a document alone when nothing links to or from it', () => {
    expect(thread(doc(40))).toEqual([doc(40)]);
  });

  it('follows links both ways, through others, in order of sending on one clock', () => {
    // d2 (Petrograd, 6 April 1917) answers d1 (Washington, 3 April); d5 cites d2; d4 is cited by d5 (editorial).
    insertLink(core.db, doc(2), [doc(1)]);
    insertLink(core.db, doc(5), [doc(2)], { basis: 'editorial' });
    insertLink(core.db, doc(5), [doc(4)]);
    const t = core.threads.thread(doc(4));
    expect(t.entries.map((e) => e.id)).toEqual([doc(1), doc(2), doc(4), doc(5)]);
    expect(t.truncated).toBe(false);
    const d2 = t.entries[1];
    expect(d2).toMatchObject({ from: 'Francis', to: 'Secretary of State', date: '1917-04-06T12:00', receivedText: 'April 8, 7.45 p.m.' });
    expect(d2?.sent?.iso).toBe('1917-04-06T12:00+02:31:19');
    expect(d2?.received?.iso).toBe('1917-04-08T19:45-05:00');
    expect(d2?.sent?.label).toBe('Petrograd, 6 April 1917, 12:00 (09:28 UTC)');
    expect(d2?.received?.provenance).toBe('time zone inferred from the recipient, the Department of State, in Washington: America/New_York, UTC-05:00 in 1917');
    // Same thread, whichever member is asked.
    expect(thread(doc(1))).toEqual(thread(doc(4)));
  });

  it('survives a circle of citations and a document citing itself', () => {
    insertLink(core.db, doc(1), [doc(5)]);
    insertLink(core.db, doc(2), [doc(2)]);
    expect(thread(doc(2))).toEqual([doc(1), doc(2), doc(4), doc(5)]);
  });

  it('ignores links that are ambiguous or not found: a thread is never guessed', () => {
    insertLink(core.db, doc(10), [doc(1), doc(11)], { status: 'ambiguous' });
    insertLink(core.db, doc(12), [], { status: 'not-found' });
    expect(thread(doc(10))).toEqual([doc(10)]);
    expect(thread(doc(1))).not.toContain(doc(10));
  });

  it('does not pass through the volume index: two telegrams it names are not one conversation', () => {
    // The volume's index (a section) cites d30 and d60; neither cites the other.
    const index = core.db.prepare("SELECT id FROM documents WHERE kind = 'section' AND title = 'Index'").pluck().get() as number | undefined;
    expect(index).toBeDefined();
    insertLink(core.db, index ?? 0, [doc(30)], { basis: 'editorial' });
    insertLink(core.db, index ?? 0, [doc(60)], { basis: 'editorial' });
    insertLink(core.db, doc(31), [doc(30)]);
    expect(thread(doc(30))).toEqual([doc(30), doc(31)]);
    expect(thread(doc(60))).toEqual([doc(60)]);
    // The index itself has no conversation to show.
    expect(thread(index ?? 0)).toEqual([index]);
  });

  it('stops at the cap, keeping the nearest documents, and says it stopped', () => {
    const small = createThreads({ db: core.db, cap: 3 });
    const t = small.thread(doc(4));
    expect(t.entries).toHaveLength(3);
    expect(t.entries.map((e) => e.id)).toContain(doc(4));
    expect(t.truncated).toBe(true);
  });

  it('drops a deleted document, and the thread through it breaks where it did', () => {
    insertLink(core.db, doc(20), [doc(21)]);
    insertLink(core.db, doc(21), [doc(22)]);
    // One clock: Petrograd's 7 p.m. on 18 July (15:28 UTC) comes before Washington's 4 p.m. (21:00 UTC).
    expect(thread(doc(20))).toEqual([doc(20), doc(22), doc(21)]);
    const middle = doc(21);
    core.deletion.delete([middle]);
    expect(thread(doc(20))).toEqual([doc(20)]);
    expect(thread(doc(22))).toEqual([doc(22)]);
    expect(core.threads.thread(middle).entries).toEqual([]);
  });
});
