import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src-main/cli/run-cli';
import { REPO, tempDir } from '../helpers/temp-dir';

async function cli(...args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await runCli(args, (l) => lines.push(l), () => undefined);
  return { code, out: lines.join('\n') };
}

describe('search --json', () => {
  it('names each hit’s volume, its number in the volume and its printed pages', async () => {
    const lib = tempDir();
    expect((await cli('--library', lib, 'import', join(REPO, 'tests/fixtures/corpus/frus1894Nicaragua.xml'))).code).toBe(0);
    const hits = JSON.parse((await cli('--library', lib, 'search', '"troops arrived here on their way"', '--json')).out) as Array<Record<string, unknown>>;
    expect(hits[0]).toMatchObject({
      title: 'No. 10. Mr. Braida to Mr. Uhl.',
      collection: { id: 'frus1894Nicaragua', title: 'Foreign Relations of the United States, 1894, Nicaragua (Mosquito Territory)' },
      number: '10',
      pages: '15–17',
    });
  });
});
