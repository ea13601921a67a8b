import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src-main/core/core';
import { WARNING_LIMIT } from '../../../src-main/core/importers/warnings';
import { REPO, tempDir } from '../../helpers/temp-dir';

/** A small TEI volume with a repeated id, a document without one, a link to nowhere, an unknown element and a lost character. */
export const ODDITIES = join(REPO, 'tests/fixtures/warnings/frusOddities.xml');

const NS = 'xmlns="http://www.tei-c.org/ns/1.0"';

/** A volume whose every document repeats the id "d1", the first holding `unknown` unknown elements. */
function hostileVolume(docs: number, unknown: number): string {
  const first = `<div type="document" xml:id="d1" n="1"><head>First</head><p>${'<zz>x</zz>'.repeat(unknown)}</p></div>`;
  const rest = Array.from({ length: docs - 1 }, (_, i) => `<div type="document" xml:id="d1" n="${i + 2}"><head>Copy</head><p>Text.</p></div>`);
  return `<?xml version="1.0"?><TEI ${NS} xml:id="frusHostile"><text><body><div type="chapter"><head>C</head>${first}${rest.join('')}</div></body></text></TEI>`;
}

describe('warnings in the import report', () => {
  it('carry what the TEI reader noticed, per file, from the worker into the report', async () => {
    const dir = tempDir();
    const memo = join(dir, 'memo.md');
    writeFileSync(memo, '## Letter from A to B\n\n**Caption:** x\n\n**Author:** y\n\nText.');
    const core = createCore({ libraryDir: join(dir, 'library') });
    const report = await core.importPaths([ODDITIES, memo]);
    core.close();

    expect(report.failed).toEqual([]);
    const [volume, letter] = report.imported;
    expect(volume?.documents).toHaveLength(3);
    const where = { file: 'frusOddities.xml' };
    expect(volume?.warnings).toEqual(
      expect.arrayContaining([
        { code: 'duplicate-id', message: 'duplicate document id "d1"; using "d1-2"', where: { ...where, documentId: 'd1-2', documentNumber: '2', line: 11 }, count: 1 },
        { code: 'missing-id', message: 'document 3 has no xml:id; using "doc3"', where: { ...where, documentId: 'doc3', documentNumber: '3', line: 15 }, count: 1 },
        // The link's own line, though its target is judged only when the volume ends.
        expect.objectContaining({ code: 'missing-link-target', where: { ...where, documentId: 'd1', documentNumber: '1', line: 9 }, count: 1 }),
        expect.objectContaining({ code: 'unknown-element', message: expect.stringContaining('<choice>') as string }),
        expect.objectContaining({ code: 'replaced-characters', where: { ...where, documentId: 'doc3', documentNumber: '3', line: 17 } }),
      ]),
    );
    expect(volume?.warnings.find((w) => w.code === 'missing-link-target')?.message).toContain('"d9"');
    expect(volume?.moreWarnings).toBeUndefined();
    expect(letter?.warnings.map((w) => [w.code, w.where.file])).toEqual([['unknown-metadata', 'memo.md']]);
  });

  it('are capped per file with a count of the rest, and a repeated one is counted, not listed again', async () => {
    const dir = tempDir();
    const file = join(dir, 'frusHostile.xml');
    writeFileSync(file, hostileVolume(2000, 5000));
    const core = createCore({ libraryDir: join(dir, 'library') });
    const report = await core.importPaths([file]);
    core.close();

    const [volume] = report.imported;
    expect(volume?.documents).toHaveLength(2000);
    expect(volume?.warnings).toHaveLength(WARNING_LIMIT);
    expect(volume?.warnings[0]).toMatchObject({ code: 'unknown-element', count: 5000, where: { documentId: 'd1' } });
    expect(volume?.warnings.slice(1).every((w) => w.code === 'duplicate-id')).toBe(true);
    // 1,999 repeated ids: 49 listed, the rest counted.
    expect(volume?.moreWarnings).toBe(1999 - (WARNING_LIMIT - 1));
  });
});
