import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src-main/cli/run-cli';
import { REPO, tempDir } from '../helpers/temp-dir';

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string[] }> {
  const lines: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, (l) => lines.push(l), (l) => err.push(l));
  return { code, out: lines.join('\n'), err };
}

describe('CLI export and dossier export --format', () => {
  it('prints BibTeX, RIS and CSL-JSON for the ids given, and writes a dossier as HTML and DOCX', async () => {
    const lib = tempDir();
    expect((await cli('--library', lib, 'import', join(REPO, 'tests/fixtures/corpus/frus1894Nicaragua.xml'))).code).toBe(0);
    const hits = JSON.parse((await cli('--library', lib, 'search', 'Honduras invading', '--json')).out) as Array<{ id: number }>;
    const id = String(hits[0]?.id);
    const ris = await cli('--library', lib, 'export', id, '--format', 'ris');
    expect(ris.code).toBe(0);
    expect(ris.out).toMatch(/^TY {2}- GEN$/m);
    expect(ris.out).toContain('UR  - https://history.state.gov/historicaldocuments/frus1894Nicaragua/d1');
    expect((await cli('--library', lib, 'export', id, '--format', 'bibtex')).out).toMatch(/^@misc\{/);
    const json = JSON.parse((await cli('--library', lib, 'export', id, '--format', 'csl-json')).out) as Array<{ title: string }>;
    expect(json[0]?.title).toBe('No. 1. Mr. Seat to Mr. Gresham');
    expect(await cli('--library', lib, 'export', id, '--format', 'endnote')).toMatchObject({ code: 2 });

    expect((await cli('--library', lib, 'dossier', 'create', 'Bluefields')).code).toBe(0);
    expect((await cli('--library', lib, 'dossier', 'add', 'Bluefields', id)).code).toBe(0);
    const html = join(lib, 'b.html');
    expect((await cli('--library', lib, 'dossier', 'export', 'Bluefields', '--format', 'html', '--out', html)).code).toBe(0);
    expect(readFileSync(html, 'utf8')).toContain('Honduras invading at Cape Gracias.');
    const docx = join(lib, 'b.docx');
    expect((await cli('--library', lib, 'dossier', 'export', 'Bluefields', '--format', 'docx', '--out', docx)).code).toBe(0);
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
  });
});
