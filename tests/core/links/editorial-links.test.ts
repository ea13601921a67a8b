import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../src-main/core/core';
import { bodyText } from '../../../src-shared/text/plain-text';
import { walkText } from '../../../src-shared/text/walk';
import { REPO, tempDir } from '../../helpers/temp-dir';
import { doc, volumeFile } from './link-volumes';

const CORPUS = `${REPO}/tests/fixtures/corpus`;

const idOf = (core: Core, volume: string, sourceId: string): number =>
  core.db.prepare('SELECT id FROM documents WHERE collection_id = ? AND source_id = ?').pluck().get(volume, sourceId) as number;

/** The walker's text with footnotes: the show text, then each footnote after a blank line. */
function fullText(core: Core, id: number): string {
  const d = core.repo.get(id);
  let out = '';
  if (d) walkText(d.body, { text: (s) => (out += s) }, { footnotes: true });
  return out;
}

describe('editorial links on the corpus', () => {
  it('links a #dN reference to that document of the volume (1894 Nicaragua, "No. 61")', async () => {
    const core = createCore({ libraryDir: tempDir() });
    await core.importPaths([`${CORPUS}/frus1894Nicaragua.xml`]);
    const d61 = idOf(core, 'frus1894Nicaragua', 'd61');
    const cited = core.links.views.citedBy(d61);
    expect(cited.length).toBeGreaterThan(0);
    const link = cited[0];
    expect(link?.text).toMatch(/^No\.\s+61$/);
    expect(link?.status).toBe('resolved');
    expect(link?.basis).toBe('editorial');
    expect(link?.targets.map((t) => t.id)).toEqual([d61]);
    // Offsets are in the citing document's text (footnotes after the body).
    const source = fullText(core, link?.source.id ?? 0);
    expect(source.slice(link?.start, link?.end)).toBe(link?.text);
    core.close();
  });

  it('links "Post, p. 94" in a footnote to the documents printed on page 94 (1936, vol. III)', async () => {
    const core = createCore({ libraryDir: tempDir() });
    await core.importPaths([`${CORPUS}/frus1936v03.xml`]);
    const d43 = idOf(core, 'frus1936v03', 'd43');
    const refs = core.links.views.refs(d43);
    const post = refs.find((l) => l.text === 'p. 94');
    expect(post).toMatchObject({ basis: 'editorial', inFootnote: true, targetRef: '#pg_94' });
    expect(fullText(core, d43).slice(post?.start, post?.end)).toBe('p. 94');
    // Every target is a document whose printed pages include 94, the one starting on it first.
    for (const t of post?.targets ?? []) expect(core.db.prepare("SELECT body_json LIKE '%\"n\":\"94\"%' OR placement_json LIKE '%\"startPage\":\"94\"%' FROM documents WHERE id = ?").pluck().get(t.id)).toBe(1);
    expect(post?.targets.length).toBeGreaterThan(0);
    expect(post?.why).toMatch(/page 94 of this volume/);
    core.close();
  });

  it('keeps a link into a volume not in the library visible, saying so (1918 Russia → vol. I)', async () => {
    const core = createCore({ libraryDir: tempDir() });
    await core.importPaths([`${CORPUS}/frus1918Russiav03.xml`]);
    const row = core.db.prepare("SELECT source_id FROM doc_links WHERE target_ref = 'frus1918Russiav01#pg_27'").pluck().get() as number;
    const link = core.links.views.refs(row).find((l) => l.targetRef === 'frus1918Russiav01#pg_27');
    expect(link).toMatchObject({ status: 'not-found', targets: [] });
    expect(link?.targetLabel).toBe('Foreign Relations, 1918, Russia, vol. i, p. 27 — that volume is not in your library');
    core.close();
  });
});

describe('editorial links between volumes, over time', () => {
  const volumeA = (dir: string): string =>
    volumeFile(
      dir,
      'frus1999v01',
      'Foreign Relations, 1999, Volume I',
      `<pb n="1" xml:id="pg_1"/>
      ${doc(1, 'Telegram one', '<p>See <ref target="frus1999v02#pg_2">vol. ii, p. 2</ref> and <ref target="frus1999v02#d2">document 2 there</ref>.<note n="1" xml:id="d1fn1">Foreign Relations, 1999, vol. ii, p. 2.</note></p>')}
      ${doc(2, 'Telegram two', '<p>Answering <ref target="#d1">No. 1</ref>, see its <ref target="#d1fn1">note</ref>; this one is <ref target="#d2">itself</ref>.<note n="1" xml:id="d2fn1"><hi rend="italic">Ante</hi>, p. 1.</note></p>')}
      <pb n="2" xml:id="pg_2"/>${doc(3, 'Telegram three', '<p>A slip of the editors: <ref target="#d9">No. 9</ref>.</p>')}`,
    );
  const volumeB = (dir: string): string =>
    volumeFile(
      dir,
      'frus1999v02',
      'Foreign Relations, 1999, Volume II',
      `<pb n="1" xml:id="pg_1"/>${doc(1, 'First of B', '<p>Text on page one.</p>')}
      <pb n="2" xml:id="pg_2"/>${doc(2, 'Second of B', '<p>Text on page two, citing back <ref target="frus1999v01#d2">vol. i, No. 2</ref>.</p>')}`,
    );

  it('resolves #dN, #dNfnM, #pg_N and the footnote words "Ante, p. 1" within a volume', async () => {
    const dir = tempDir();
    const core = createCore({ libraryDir: tempDir() });
    const report = await core.importPaths([volumeA(dir)]);
    expect(report.imported[0]?.warnings.map((w) => w.code)).toContain('missing-link-target');
    const [a1, a2] = [idOf(core, 'frus1999v01', 'd1'), idOf(core, 'frus1999v01', 'd2')];
    const refs = core.links.views.refs(a2);
    expect(refs.map((l) => [l.text, l.status, l.targets.map((t) => [t.id, t.anchor])])).toEqual([
      ['No. 1', 'resolved', [[a1, null]]],
      ['note', 'resolved', [[a1, 'd1fn1']]],
      ['itself', 'resolved', [[a2, null]]],
      ['Ante, p. 1', 'resolved', [[a1, null]]],
    ]);
    expect(refs[3]).toMatchObject({ inFootnote: true, basis: 'editorial', targetRef: '#pg_1' });
    expect(refs[3]?.why).toMatch(/written in words/);
    // A link to a document the volume does not have: visible, marked, and the import report warns of it.
    const slip = core.links.views.refs(idOf(core, 'frus1999v01', 'd3'))[0];
    expect(slip).toMatchObject({ text: 'No. 9', status: 'not-found', targets: [], targetLabel: 'Foreign Relations, 1999, Volume I, document 9 — this volume has no such document' });
    // A document citing itself is not in its own Cited by.
    expect(core.links.views.citedBy(a2)).toEqual([]);
    expect(core.links.views.citedBy(a1).map((l) => l.source.id)).toEqual([a2, a2, a2]);
    core.close();
  });

  it('resolves links into a volume imported later, and says not-found once its documents are deleted', async () => {
    const dir = tempDir();
    const core = createCore({ libraryDir: tempDir() });
    await core.importPaths([volumeA(dir)]);
    const a1 = idOf(core, 'frus1999v01', 'd1');
    const before = core.links.views.refs(a1);
    expect(before.map((l) => l.status)).toEqual(['not-found', 'not-found', 'not-found']);
    expect(before[0]?.targetLabel).toBe('Foreign Relations, 1999, vol. ii, p. 2 — that volume is not in your library');
    expect(before[2]?.text).toBe('Foreign Relations, 1999, vol. ii, p. 2');

    await core.importPaths([volumeB(dir)]);
    const b2 = idOf(core, 'frus1999v02', 'd2');
    const after = core.links.views.refs(a1);
    expect(after.map((l) => [l.status, l.targets.map((t) => t.id)])).toEqual([
      ['resolved', [b2]],
      ['resolved', [b2]],
      ['resolved', [b2]],
    ]);
    // Circular: A1 → B2 → A2 → A1; each end lists the others, nothing loops.
    expect(core.links.views.citedBy(b2).map((l) => l.source.id)).toEqual([a1, a1, a1]);
    expect(core.links.views.refs(b2)[0]?.targets[0]?.title).toBe('Telegram two');

    core.deletion.delete([b2]);
    const gone = core.links.views.refs(a1);
    expect(gone.map((l) => l.status)).toEqual(['not-found', 'not-found', 'not-found']);
    expect(gone[1]?.targetLabel).toBe('Foreign Relations, 1999, Volume II, document 2 — not in your library');
    core.close();
  });

  it('recomputes links on re-import and leaves the user\u2019s notes alone', async () => {
    const dir = tempDir();
    const core = createCore({ libraryDir: tempDir() });
    const file = volumeA(dir);
    await core.importPaths([file, volumeB(dir)]);
    const a2 = idOf(core, 'frus1999v01', 'd2');
    core.notes.save(a2, 'My reading of No. 2');
    const before = core.links.views.refs(a2);
    await core.importPaths([file]);
    const shape = (links: typeof before) => links.map((l) => [l.start, l.end, l.text, l.status, l.targets.map((t) => t.id)]);
    expect(shape(core.links.views.refs(a2))).toEqual(shape(before));
    expect(core.notes.get(a2)?.body).toBe('My reading of No. 2');
    expect(core.db.prepare('SELECT count(*) FROM doc_links WHERE source_id = ?').pluck().get(a2)).toBe(4);
    core.close();
  });

  it('stores 500 references in one document, each at its own place in the text', async () => {
    const dir = tempDir();
    const refs = Array.from({ length: 500 }, (_, i) => `<ref target="#d${(i % 2) + 1}">r${i}</ref>`).join(', ');
    const core = createCore({ libraryDir: tempDir() });
    await core.importPaths([volumeFile(dir, 'frus1999v05', 'Many', `${doc(1, 'One', '<p>x</p>')}${doc(2, 'Two', '<p>y</p>')}${doc(3, 'Many', `<p>${refs}</p>`)}`)]);
    const many = idOf(core, 'frus1999v05', 'd3');
    const text = bodyText(core.repo.get(many)?.body ?? { blocks: [] });
    const links = core.links.views.refs(many);
    expect(links).toHaveLength(500);
    expect(links.every((l, i) => l.text === `r${i}` && text.slice(l.start, l.end) === l.text && l.status === 'resolved')).toBe(true);
    expect(core.links.views.citedBy(idOf(core, 'frus1999v05', 'd1'))).toHaveLength(250);
    core.close();
  });
});
