import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WorkingSet } from '../../src-main/contract';
import { runCli } from '../../src-main/cli/run-cli';
import { REPO, tempDir } from '../helpers/temp-dir';

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string[] }> {
  const lines: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, (l) => lines.push(l), (l) => err.push(l));
  return { code, out: lines.join('\n'), err };
}

describe('CLI sets and log', () => {
  it('freezes a working set, lists it as JSON, searches within it, and writes the research log as Markdown', async () => {
    const lib = tempDir();
    expect((await cli('--library', lib, 'import', join(REPO, 'tests/fixtures/corpus/frus1894Nicaragua.xml'))).code).toBe(0);
    expect((await cli('--library', lib, 'log', 'on')).out).toBe('research log on (0 entries)');
    expect((await cli('--library', lib, 'sets', 'freeze', 'Bluefields', 'Bluefields', 'Honduras')).out).toMatch(/^froze \d+ document\(s\) as "Bluefields"$/);
    const [set] = JSON.parse((await cli('--library', lib, 'sets', '--json')).out) as WorkingSet[];
    expect(set).toMatchObject({ name: 'Bluefields', search: { query: 'Bluefields Honduras' } });
    expect(set?.left).toBe(set?.frozenCount);
    const within = await cli('--library', lib, 'search', 'Mosquito set:Bluefields');
    const all = await cli('--library', lib, 'search', 'Mosquito');
    const count = (s: string): number => Number(/(\d+) document\(s\)$/.exec(s)?.[1]);
    expect(count(within.out)).toBeGreaterThan(0);
    expect(count(within.out)).toBeLessThan(count(all.out));

    const file = join(lib, 'log.md');
    expect((await cli('--library', lib, 'log', 'export', '--out', file)).code).toBe(0);
    const md = readFileSync(file, 'utf8');
    expect(md).toMatch(/^# Research log/);
    expect(md).toContain(`Searched \`Mosquito set:Bluefields\`: ${count(within.out)} documents`);
    expect(md.indexOf('`Mosquito set:Bluefields`')).toBeLessThan(md.indexOf('`Mosquito`:'));
  });
});
