import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RelatedDocuments, RelatedKind, RelatedScope } from '../../../src-main/contract';
import { createCore, type Core } from '../../../src-main/core/core';
import { createRelated } from '../../../src-main/core/related/related';
import type { PeopleSource } from '../../../src-main/core/related/people-source';
import { partyLabel } from '../../../src-shared/display/parties';
import type { DocumentMeta } from '../../../src-shared/model/document';
import { REPO } from '../../helpers/temp-dir';
import { doc as teiDoc, volumeFile } from '../links/link-volumes';

const VOLUME = join(REPO, 'tests/fixtures/corpus/frus1918Russiav03.xml');

let core: Core;
let dir: string;
const DUP_VOLUME = 'dupvol';

/** Library id of a document of the 1918 volume (or of the duplicate volume). */
const doc = (n: number, collection = 'frus1918Russiav03'): number =>
  core.db.prepare('SELECT id FROM documents WHERE source_id = ? AND collection_id = ?').pluck().get(`d${n}`, collection) as number;
const related = (id: number, scope: RelatedScope = 'volume', limit = 100): RelatedDocuments => core.related.related(id, scope, limit);
/** The documents related to `id` for the reason `kind`, as ids. */
const withKind = (r: RelatedDocuments, kind: RelatedKind): number[] => r.documents.filter((d) => d.reasons.some((x) => x.kind === kind)).map((d) => d.doc.id);
const reasonOf = (r: RelatedDocuments, id: number, kind: RelatedKind) => r.documents.find((d) => d.doc.id === id)?.reasons.find((x) => x.kind === kind);

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chancery-related-'));
  core = createCore({ libraryDir: dir });
  const report = await core.importPaths([VOLUME]);
  if (report.failed.length > 0) throw new Error(report.failed[0]?.message);
  // A near-duplicate of d6 in another volume: its text with a few words changed, as a circular reprinted elsewhere.
  const text = core.db.prepare('SELECT plain_text FROM documents WHERE id = ?').pluck().get(doc(6)) as string;
  const changed = text.replace(/\bthe\b/, 'this').replace(/\bGovernment\b/, 'government');
  const body = changed.split(/\n+/).filter((p) => p.trim()).map((p) => `<p>${escape(p)}</p>`).join('');
  const dup = volumeFile(dir, DUP_VOLUME, 'A later reprint', teiDoc(1, 'Circular reprinted', body));
  const second = await core.importPaths([dup]);
  if (second.failed.length > 0) throw new Error(second.failed[0]?.message);
}, 90_000);
afterAll(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('related documents, each with why', () => {
  it('a telegram and the reply citing it are related both ways: "cites this" and "cited in this document"', () => {
    // d2 (Francis, 6 April 1917) answers d1: "Your 1295".
    const ofReply = related(doc(2));
    expect(reasonOf(ofReply, doc(1), 'cites')).toMatchObject({ label: 'Cited in this document', detail: 'reference in the text "Your 1295"' });
    const ofTelegram = related(doc(1));
    expect(reasonOf(ofTelegram, doc(2), 'cited-by')?.label).toBe('Cites this document');
  });

  it('documents filed under the same number share it by name; the same decimal file under another number is a weaker reason', () => {
    const r = related(doc(234));
    expect(withKind(r, 'same-file-number').sort()).toEqual([doc(235), doc(237)].sort());
    expect(reasonOf(r, doc(235), 'same-file-number')?.label).toBe('Same file 600.939/32');
    expect(reasonOf(r, doc(240), 'same-file')).toMatchObject({ label: 'Same decimal file 600.939', detail: 'filed as 600.939/35' });
    expect(reasonOf(r, doc(235), 'same-file-number')?.weight).toBeGreaterThan(reasonOf(r, doc(240), 'same-file')?.weight ?? 1);
  });

  it('same correspondence: the same two parties either way within 14 days, exactly as a brute-force pass over the volume finds', () => {
    const rows = core.db.prepare("SELECT id, date_start AS date, meta_json AS meta FROM documents WHERE collection_id = 'frus1918Russiav03' AND kind IS NOT 'section'").all() as Array<{ id: number; date: string | null; meta: string }>;
    const partiesOf = (meta: string) => {
      const m = JSON.parse(meta) as DocumentMeta;
      return { from: (m.from?.value ?? []).map(partyLabel), to: (m.to?.value ?? []).map(partyLabel) };
    };
    const day = (d: string | null): number | null => (d && /^\d{4}-\d{2}-\d{2}/.test(d) ? Date.parse(d.slice(0, 10)) / 86_400_000 : null);
    const meet = (a: string[], b: string[]) => a.some((x) => b.includes(x));
    for (const n of [2, 6, 58, 234]) {
      const me = rows.find((r) => r.id === doc(n));
      if (!me) throw new Error(`no d${n}`);
      const p = partiesOf(me.meta);
      const expected = rows
        .filter((o) => {
          const q = partiesOf(o.meta);
          const [a, b] = [day(me.date), day(o.date)];
          const pair = (meet(q.from, p.from) && meet(q.to, p.to)) || (meet(q.from, p.to) && meet(q.to, p.from));
          return o.id !== me.id && a !== null && b !== null && Math.abs(a - b) <= 14 && pair;
        })
        .map((o) => o.id);
      expect(withKind(related(me.id), 'correspondence').sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b));
    }
    // d1 (3 April, the Secretary to Francis) from d2 (6 April, Francis to the Secretary): the reply direction counts.
    expect(reasonOf(related(doc(2)), doc(1), 'correspondence')).toMatchObject({
      label: 'Same correspondence, 3 days earlier',
      detail: 'Secretary of State → Ambassador in Russia (Francis)',
    });
  });

  it('same chapter: the nearest documents under the same headings, named by a short heading, and none from another chapter', () => {
    const r = related(doc(2));
    const chapter = withKind(r, 'same-chapter');
    expect(chapter).toContain(doc(3));
    expect(reasonOf(r, doc(3), 'same-chapter')?.label).toBe('Same chapter: Offer of a credit to the Russian Provisional Government …');
    const chapters = core.db.prepare('SELECT DISTINCT chapter_json FROM documents WHERE id IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify([doc(2), ...chapter]));
    expect(chapters).toHaveLength(1);
  });

  it('similar text ranks a near-duplicate first, in the library scope; this volume leaves it out', () => {
    const dup = doc(1, DUP_VOLUME);
    const library = related(doc(6), 'library');
    const similar = library.documents.filter((d) => d.reasons.some((x) => x.kind === 'similar-text'));
    const shares = similar.map((d) => d.reasons.find((x) => x.kind === 'similar-text')?.weight ?? 0);
    expect(similar[0]?.doc.id).toBe(dup);
    expect(shares[0]).toBe(Math.max(...shares));
    expect(reasonOf(library, dup, 'similar-text')?.label).toBe('Similar text (100%)');
    expect(reasonOf(library, dup, 'similar-text')?.detail).toMatch(/^distinctive words in common: /);
    const volume = related(doc(6), 'volume');
    expect(volume.documents.map((d) => d.doc.id)).not.toContain(dup);
    expect(volume.documents.every((d) => d.doc.collection?.id === 'frus1918Russiav03')).toBe(true);
    expect(volume.documents.length).toBeGreaterThan(0);
  });

  it('ranks by the sum of the reasons: a cited reply in the same file and exchange above a document of the same chapter only', () => {
    const r = related(doc(2));
    const scores = r.documents.map((d) => d.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(r.documents[0]?.reasons.length).toBeGreaterThan(2);
    for (const d of r.documents) expect(d.score).toBeCloseTo(d.reasons.reduce((s, x) => s + x.weight, 0), 2);
    expect(r.documents.some((d) => d.doc.kind === 'section')).toBe(false);
    expect(related(doc(2), 'volume', 5).documents).toHaveLength(5);
  });

  it('shared people come from the people source (the seam for the person index), leaving out anyone named everywhere', () => {
    // A person index would say d2 and d5 both name Tereshchenko; the parties alone do not.
    const people: PeopleSource = {
      parties: () => ({ from: [], to: [] }),
      of: (id) => (id === doc(2) || id === doc(5) ? [{ key: 'tereshchenko', label: 'Tereshchenko' }] : [{ key: 'everyone', label: 'Secretary of State' }]),
      documentCount: (key) => (key === 'tereshchenko' ? 2 : 10_000),
    };
    const r = createRelated({ db: core.db, repo: core.repo, index: core.index, people }).related(doc(2), 'volume', 100);
    expect(withKind(r, 'shared-people')).toEqual([doc(5)]);
    expect(reasonOf(r, doc(5), 'shared-people')?.label).toBe('Also Tereshchenko');
  });

  it('shared people come from the person index: persons named in both texts, by their index name, not only the parties', () => {
    const names = (id: number) => new Map(core.people.ofDocument(id).map((p) => [p.name, p.roles]));
    let namedInText = 0;
    let seen = 0;
    for (const n of [3, 20, 40, 60, 80, 100, 150, 200]) {
      const asked = doc(n);
      if (asked === undefined) continue;
      const own = names(asked);
      for (const d of related(asked).documents) {
        const reason = d.reasons.find((x) => x.kind === 'shared-people');
        if (!reason) continue;
        seen++;
        const theirs = names(d.doc.id);
        for (const name of reason.label.replace(/^Also /, '').split('; ')) {
          // Each person the reason names is in the index of both documents…
          expect(own.has(name) && theirs.has(name), `${name} in ${asked} and ${d.doc.id}`).toBe(true);
          // …and some are named in the text, not sender or recipient of either.
          if (own.get(name)?.includes('mentioned') && theirs.get(name)?.includes('mentioned')) namedInText++;
        }
      }
    }
    expect(seen).toBeGreaterThan(0);
    expect(namedInText).toBeGreaterThan(0);
  });

  it('with the parties as people, the Secretary of State (on most documents) is never a shared person', () => {
    const r = related(doc(2));
    for (const d of r.documents) for (const x of d.reasons) if (x.kind === 'shared-people') expect(x.label).not.toContain('Secretary of State');
  });
});
