import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '..');

export type ElectronBinary = { path: string } | { missing: string };

/**
 * The Electron binary's path, read the way the electron package does — without
 * `require('electron')`, which would try to download a missing binary (a network
 * request, and a stack trace when it fails).
 */
export function electronBinary(root = REPO_ROOT, env: NodeJS.ProcessEnv = process.env): ElectronBinary {
  const pkg = join(root, 'node_modules/electron');
  if (!existsSync(join(pkg, 'package.json'))) return { missing: 'the electron package is not installed' };
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return { missing: 'node_modules/electron/path.txt not found: the binary was never downloaded' };
  const bin = join(env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkg, 'dist'), readFileSync(pathFile, 'utf8').trim());
  return existsSync(bin) ? { path: bin } : { missing: `${bin} not found` };
}
