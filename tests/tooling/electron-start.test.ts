import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronBinary } from '../../scripts/electron-binary';
import { REPO, tempDir } from '../helpers/temp-dir';

/** A checkout whose node_modules/electron has (or lacks) a downloaded binary. */
function fakeCheckout(downloaded: boolean): string {
  const root = tempDir();
  const pkg = join(root, 'node_modules/electron');
  mkdirSync(join(pkg, 'dist'), { recursive: true });
  writeFileSync(join(pkg, 'package.json'), '{"name":"electron"}');
  if (downloaded) {
    writeFileSync(join(pkg, 'path.txt'), 'electron');
    writeFileSync(join(pkg, 'dist/electron'), '');
  }
  return root;
}

describe("Electron's binary", () => {
  it('is found where the electron package keeps it', () => {
    const root = fakeCheckout(true);
    expect(electronBinary(root, {})).toEqual({ path: join(root, 'node_modules/electron/dist/electron') });
  });

  it('is reported missing when it was never downloaded, or is gone', () => {
    expect(electronBinary(fakeCheckout(false), {})).toEqual({ missing: expect.stringContaining('path.txt not found') });
    expect(electronBinary(tempDir(), {})).toEqual({ missing: 'the electron package is not installed' });
    const gone = fakeCheckout(true);
    expect(electronBinary(gone, { ELECTRON_OVERRIDE_DIST_PATH: join(gone, 'elsewhere') })).toEqual({ missing: expect.stringContaining('not found') });
  });
});

describe('npm start without Electron', () => {
  it('says how to install Electron and how to use browser mode, without a stack trace or a build', () => {
    // An empty dist directory: missing here, and on a machine that has Electron too.
    const env = { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: tempDir(), NO_COLOR: '1' };
    const r = spawnSync('npm', ['start'], { cwd: REPO, encoding: 'utf8', env });
    const output = r.stdout + r.stderr;
    expect(r.status).not.toBe(0);
    expect(output).toContain("Electron's binary is not installed");
    expect(output).toContain('node node_modules/electron/install.js');
    expect(output).toContain('npm run serve -- --library DIR');
    expect(output).toContain('/?token=');
    expect(output).not.toMatch(/^\s+at /m);
    expect(output, 'stops before building').not.toMatch(/built in|transforming/);
  });
});
