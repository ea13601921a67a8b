import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src-main/cli/run-cli';
import type { ImportReport } from '../../src-main/contract';
import { REPO, tempDir } from '../helpers/temp-dir';

const ODDITIES = join(REPO, 'tests/fixtures/warnings/frusOddities.xml');

async function cli(...args: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await runCli(args, (l) => lines.push(l), () => undefined);
  return { code, lines };
}

describe('CLI import warnings', () => {
  it('prints each warning under its file, naming the document', async () => {
    const { code, lines } = await cli('--library', tempDir(), 'import', ODDITIES);
    expect(code).toBe(0);
    expect(lines[0]).toMatch(/^imported 3 document\(s\) from .*frusOddities\.xml: 3 new/);
    expect(lines).toContain('  warning duplicate-id: document d1-2 (no. 2), line 11: duplicate document id "d1"; using "d1-2"');
    expect(lines).toContain('  warning missing-id: document doc3 (no. 3), line 15: document 3 has no xml:id; using "doc3"');
    expect(lines.find((l) => l.startsWith('  warning missing-link-target: document d1 (no. 1), line 9: '))).toContain('"d9"');
  });

  it('includes them in --json', async () => {
    const { code, lines } = await cli('--library', tempDir(), 'import', ODDITIES, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(lines.join('\n')) as ImportReport;
    const codes = report.imported[0]?.warnings.map((w) => w.code);
    expect(codes).toEqual(expect.arrayContaining(['duplicate-id', 'missing-id', 'missing-link-target']));
    expect(report.imported[0]?.warnings.find((w) => w.code === 'duplicate-id')?.where).toEqual({
      file: 'frusOddities.xml',
      documentId: 'd1-2',
      documentNumber: '2',
      line: 11,
    });
  });
});
