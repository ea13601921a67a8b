import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src-main/cli/run-cli';
import { REPO, tempDir } from '../helpers/temp-dir';

/** Runs the real CLI as a user would, its stdout read through a pipe. */
function spawnCli(args: string[]): Promise<{ code: number | null; stdout: string }> {
  const child = spawn(join(REPO, 'node_modules/.bin/tsx'), ['src-main/cli/main.ts', ...args], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const parts: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => parts.push(chunk));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout: Buffer.concat(parts).toString('utf8') }));
  });
}

describe('CLI output through a pipe', () => {
  it('delivers all of a large list --json, so that it parses', async () => {
    const lib = tempDir();
    const quiet = (): void => undefined;
    expect(await runCli(['--library', lib, 'import', join(REPO, 'tests/fixtures/corpus/frus1936v03.xml')], quiet, quiet)).toBe(0);
    const { code, stdout } = await spawnCli(['--library', lib, 'list', '--json']);
    expect(code).toBe(0);
    expect(stdout.length).toBeGreaterThan(200 * 1024);
    const list = JSON.parse(stdout) as unknown[];
    expect(list.length).toBeGreaterThan(580);
  });
});
