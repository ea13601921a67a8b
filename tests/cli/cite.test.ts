import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src-main/cli/run-cli';
import { createCore } from '../../src-main/core/core';
import { SEEDS, tempDir } from '../helpers/temp-dir';

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string[] }> {
  const lines: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, (l) => lines.push(l), (l) => err.push(l));
  return { code, out: lines.join('\n'), err };
}

async function seeded(): Promise<{ lib: string; caffery: number }> {
  const lib = tempDir();
  expect((await cli('--library', lib, 'import', SEEDS)).code).toBe(0);
  const hits = JSON.parse((await cli('--library', lib, 'search', 'Thorez', '--json')).out) as Array<{ id: number }>;
  return { lib, caffery: hits[0]?.id ?? 0 };
}

describe('CLI cite and notes export', () => {
  it('prints a citation in either style, for a page if asked', async () => {
    const { lib, caffery } = await seeded();
    expect(await cli('--library', lib, 'cite', String(caffery))).toMatchObject({
      code: 0,
      out: '“The Ambassador in France (Caffery) to the Secretary of State,” telegram, [December 3, 1947], in Foreign Relations of the United States, [810]–811.',
    });
    expect((await cli('--library', lib, 'cite', String(caffery), '--style', 'frus', '--page', '811')).out).toBe(
      'Telegram from the Ambassador in France (Caffery) to the Secretary of State, [December 3, 1947], Foreign Relations of the United States, p. 811',
    );
    expect(await cli('--library', lib, 'cite', '999')).toMatchObject({ code: 1, err: ['cite: Document 999 not found'] });
    expect(await cli('--library', lib, 'cite', String(caffery), '--style', 'mla')).toMatchObject({ code: 2, err: [expect.stringMatching(/unknown citation style/)] });
  });

  it('writes every note as a Markdown file into a folder', async () => {
    const { lib, caffery } = await seeded();
    const core = createCore({ libraryDir: lib });
    core.notes.save(caffery, 'Thorez refuses to retreat.');
    core.reading.notes.create({ title: 'Research plan', body: `Start with [[doc:${caffery}|Caffery]].` });
    core.close();
    const out = join(tempDir(), 'exported');
    expect(await cli('--library', lib, 'notes', 'export', out)).toEqual({ code: 0, out: `exported 2 note(s) to ${out}`, err: [] });
    expect(readdirSync(out).sort()).toEqual(['Research plan.md', 'The Ambassador in France (Caffery) to the Secretary of State.md']);
    expect(readFileSync(join(out, 'Research plan.md'), 'utf8')).toContain('Start with [[Caffery]].\n\n## Cited documents\n\n1. [[Caffery]]: Telegram from');
  });
});
