import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, tempDir } from '../helpers/temp-dir';

const SCRIPT = join(REPO, 'scripts/preflight.mjs');

/** Runs the preflight as `npm test` does; CHROMIUM_PATH is always given so the machine's own Chromium does not matter. */
function preflight(script: string, chromium: string): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, [script], { encoding: 'utf8', env: { ...process.env, CHROMIUM_PATH: chromium } });
  return { status: r.status, output: r.stdout + r.stderr };
}

/** A copy of the script in a checkout with no node_modules, asking for the given Node. */
function bareCheckout(engines: string): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'scripts'));
  copyFileSync(SCRIPT, join(dir, 'scripts/preflight.mjs'));
  const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ ...pkg, engines: { node: engines } }));
  return join(dir, 'scripts/preflight.mjs');
}

describe('npm test preflight', () => {
  it('passes quietly when everything is in place', () => {
    const r = preflight(SCRIPT, process.execPath);
    expect(r.output).toBe('');
    expect(r.status).toBe(0);
  });

  it('names a missing Chromium with its install command and stops', () => {
    const r = preflight(SCRIPT, '/nonexistent/chromium');
    expect(r.status).toBe(1);
    expect(r.output).toContain('Missing: Chromium (browser-mode tests): CHROMIUM_PATH=/nonexistent/chromium is not a program.');
    expect(r.output).toMatch(/Install: .*CHROMIUM_PATH/);
    expect(r.output).toContain('Nothing was run.');
  });

  it('names a too-old Node and uninstalled packages, each with its command', () => {
    const r = preflight(bareCheckout('>=99.1'), process.execPath);
    expect(r.status).toBe(1);
    expect(r.output).toContain(`Missing: Node.js ≥ 99.1 (this is ${process.version}). Install: nvm install 99`);
    // Every dependency is missing in a bare checkout: the first four are named, then how many more.
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { dependencies: object; devDependencies: object };
    const names = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
    expect(r.output).toContain(`Missing: npm packages (${names.slice(0, 4).join(', ')} and ${names.length - 4} more). Install: npm ci`);
    expect(r.output).not.toContain('Chromium');
  });
});
