import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src-main/cli/run-cli';
import { SEEDS, tempDir } from '../helpers/temp-dir';

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string[] }> {
  const lines: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, (l) => lines.push(l), (l) => err.push(l));
  return { code, out: lines.join('\n'), err };
}

describe('CLI dossiers', () => {
  it('creates a dossier, adds documents, lists it and exports it as a PDF', async () => {
    const lib = tempDir();
    expect((await cli('--library', lib, 'import', SEEDS)).code).toBe(0);
    const ids = (JSON.parse((await cli('--library', lib, 'list', '--json')).out) as Array<{ id: number }>).map((d) => String(d.id));

    expect(await cli('--library', lib, 'dossier', 'create', 'Paris telegrams')).toMatchObject({ code: 0, out: 'created dossier 1 "Paris telegrams"' });
    expect((await cli('--library', lib, 'dossier', 'create', 'Paris telegrams')).err).toEqual(['dossier: a dossier named "Paris telegrams" already exists']);
    expect(await cli('--library', lib, 'dossier', 'add', 'Paris telegrams', ...ids)).toMatchObject({ code: 0, out: 'added 3 document(s) to "Paris telegrams"; it holds 3' });
    expect(await cli('--library', lib, 'dossier', 'add', 'Nowhere', '1')).toMatchObject({ code: 1, err: ['dossier: no dossier named "Nowhere"'] });
    expect(await cli('--library', lib, 'dossier', 'add', 'Paris telegrams', '99')).toMatchObject({ code: 1, err: ['dossier: Documents not found: 99'] });

    const listed = JSON.parse((await cli('--library', lib, 'dossier', 'list', '--json')).out) as unknown;
    expect(listed).toEqual([expect.objectContaining({ id: 1, title: 'Paris telegrams', itemCount: 3 })]);

    const file = join(tempDir(), 'paris.pdf');
    const res = await cli('--library', lib, 'dossier', 'export', 'Paris telegrams', '--out', file, '--paper', 'letter');
    expect(res.code).toBe(0);
    expect(res.out).toMatch(new RegExp(`^wrote ${file} \\(\\d+ pages, \\d+ bytes\\)$`));
    expect(res.err.at(-1)).toMatch(/^progress 3\/3 documents, \d+ pages$/);
    const doc = await PDFDocument.load(readFileSync(file));
    expect(doc.getPage(0).getSize()).toEqual({ width: 612, height: 792 });
    expect(doc.getTitle()).toBe('Paris telegrams');
  });

  it('refuses a bad paper size and a missing --out as usage errors', async () => {
    const lib = tempDir();
    await cli('--library', lib, 'dossier', 'create', 'Empty');
    expect(await cli('--library', lib, 'dossier', 'export', 'Empty')).toMatchObject({ code: 2, err: [expect.stringMatching(/--out FILE is required/)] });
    const a3 = await cli('--library', lib, 'dossier', 'export', 'Empty', '--out', join(tempDir(), 'x.pdf'), '--paper', 'a3');
    expect(a3).toMatchObject({ code: 2, err: [expect.stringMatching(/a4 or letter/)] });
    expect(await cli('--library', lib, 'dossier', 'frobnicate')).toMatchObject({ code: 2, err: [expect.stringMatching(/dossier create NAME/)] });
  });
});
