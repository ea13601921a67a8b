import { describe, expect, it } from 'vitest';
import { runCli } from '../../src-main/cli/run-cli';
import { tempDir } from '../helpers/temp-dir';

async function cli(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, (l) => out.push(l), (l) => err.push(l));
  return { code, out, err };
}

describe('CLI errors', () => {
  it('tells each failure as "command: message", with the exit code of its kind', async () => {
    const lib = tempDir();
    // not-found: 1 (the command was right, the thing is not there)
    expect(await cli('--library', lib, 'show', '5')).toEqual({ code: 1, out: [], err: ['show: Document 5 not found'] });
    // conflict: 1
    expect((await cli('--library', lib, 'dossier', 'create', 'Paris')).code).toBe(0);
    expect(await cli('--library', lib, 'dossier', 'create', 'Paris')).toEqual({ code: 1, out: [], err: ['dossier: a dossier named "Paris" already exists'] });
    // invalid-argument: 2 (the command line is wrong)
    expect(await cli('--library', lib, 'show', 'abc')).toEqual({ code: 2, out: [], err: ['show: give a document ID (a number)'] });
    expect(await cli('--library', lib, 'search', 'x', '--limit', '0')).toMatchObject({ code: 2, err: [expect.stringMatching(/^search: library\.search: limit: /)] });
  });

  it('shows the usage for an unknown command, exit 2', async () => {
    const res = await cli('--library', tempDir(), 'frobnicate');
    expect(res.code).toBe(2);
    expect(res.err[0]).toMatch(/^Usage: npm run -s cli -- \[--library DIR\] <command>/);
  });
});
