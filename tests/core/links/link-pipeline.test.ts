import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src-main/core/core';
import { editorialFinder } from '../../../src-main/core/links/editorial-finder';
import type { FoundLink } from '../../../src-main/core/links/found-link';
import type { LinkFinder } from '../../../src-main/core/links/link-finder';
import { tempDir } from '../../helpers/temp-dir';
import { volumeFile } from './link-volumes';

const dated = (n: number, year: number, body: string): string =>
  `<div type="document" xml:id="d${n}" n="${n}" frus:doc-dateTime-min="${year}-01-02T00:00:00Z" frus:doc-dateTime-max="${year}-01-02T23:59:59Z"><head>Doc ${n} of ${year}</head><p>${body}</p></div>`;

/**
 * A stand-in for the text finder: "see serial N" resolves to the document
 * whose text begins "Serial N." anywhere in the library. It records whom it was asked about.
 */
function serialFinder(asked: number[], lookup: () => Map<string, number>): LinkFinder {
  return (doc) => {
    asked.push(doc.id);
    const text = doc.plainText;
    const out: FoundLink[] = [];
    for (const m of text.matchAll(/see serial (\d+)/g)) {
      const id = lookup().get(m[1] ?? '');
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        basis: 'text',
        inFootnote: false,
        status: id === undefined ? 'not-found' : 'resolved',
        targets: id === undefined ? [] : [{ id }],
        why: id === undefined ? 'no document has that serial' : 'its serial',
      });
    }
    return out;
  };
}

describe('the link pipeline with more than one finder', () => {
  it('stores every finder’s links, and rechecks unresolved text references when documents of nearby years arrive', async () => {
    const dir = tempDir();
    const asked: number[] = [];
    // The library as the finder sees it at the time it runs (inside the import's transaction).
    const serials = (): Map<string, number> => {
      const rows = core.db.prepare("SELECT id, substr(plain_text, 1, 20) AS t FROM documents WHERE plain_text LIKE 'Serial %'").all() as Array<{ id: number; t: string }>;
      return new Map(rows.map((r) => [/Serial (\d+)/.exec(r.t)?.[1] ?? '', r.id]));
    };
    const core = createCore({ libraryDir: tempDir(), linkFinders: [editorialFinder, serialFinder(asked, serials)] });
    await core.importPaths([
      volumeFile(dir, 'frus1920v01', 'Vol 1920', `${dated(1, 1920, 'Answering, see serial 77, and <ref target="#d2">No. 2</ref>.')}${dated(2, 1920, 'Two.')}`),
      volumeFile(dir, 'frus1950v01', 'Vol 1950', dated(1, 1950, 'Far later, see serial 77.')),
    ]);
    const id = (v: string, s: string): number => core.db.prepare('SELECT id FROM documents WHERE collection_id = ? AND source_id = ?').pluck().get(v, s) as number;
    const [early, late] = [id('frus1920v01', 'd1'), id('frus1950v01', 'd1')];
    expect(core.links.views.refs(early).map((l) => [l.text, l.basis, l.status])).toEqual([
      ['see serial 77', 'text', 'not-found'],
      ['No. 2', 'editorial', 'resolved'],
    ]);

    // Serial 77 arrives, dated 1920: the 1920 reference is rechecked and resolves; the 1950 one is not rechecked.
    asked.length = 0;
    await core.importPaths([volumeFile(dir, 'frus1920v02', 'Vol 1920 ii', dated(1, 1920, 'Serial 77. The cited one.'))]);
    const target = id('frus1920v02', 'd1');
    expect(asked).toContain(early);
    expect(asked).not.toContain(late);
    expect(core.links.views.refs(early)[0]).toMatchObject({ text: 'see serial 77', basis: 'text', status: 'resolved', targets: [{ id: target }] });
    expect(core.links.views.citedBy(target).map((l) => [l.source.id, l.basis])).toEqual([[early, 'text']]);
    core.close();
  });
});
