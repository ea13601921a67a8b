import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type BrowserContext } from '@playwright/test';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface Host {
  /** The link the host printed, carrying the per-launch token. */
  url: string;
  libraryDir: string;
  /** Stops the host process, as a crash of the app's main process would. */
  stop: () => Promise<void>;
  /** Starts it again on the same library and port (same origin, so the page's local storage is the same); returns the new link. */
  start: () => Promise<string>;
}

const READY = /Chancery browser mode: (http:\/\/\S+)/;

/** Start the browser-mode host on a fresh temp library and wait for its link. */
async function startHost(libraryDir: string, port = 0): Promise<{ url: string; child: ChildProcess }> {
  const tsx = join(repoRoot, 'node_modules/.bin/tsx');
  const child = spawn(tsx, ['src-main/browser-host/serve.ts', '--library', libraryDir, '--port', String(port)], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`Host did not start within 45 s. Output:\n${output}`)), 45_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const m = READY.exec(output);
      if (m?.[1]) {
        clearTimeout(timer);
        resolveUrl(m[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Host exited (${code}) before it was ready. Output:\n${output}`));
    });
  });
  return { url, child };
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const timeout = new Promise<'timeout'>((done) => setTimeout(() => done('timeout'), 5000));
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
}

function isLocal(url: string): boolean {
  try {
    const u = new URL(url);
    if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'file:' || u.protocol === 'app:' || u.protocol === 'devtools:') return true;
    return u.hostname === '127.0.0.1' || u.hostname === 'localhost' || u.hostname === '[::1]';
  } catch {
    return false;
  }
}

/**
 * Abort every request that leaves the machine and record it; the app must make none.
 * Returns the list of blocked URLs (checked by the caller at the end of the test).
 */
export async function guardNetwork(context: BrowserContext): Promise<string[]> {
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.fallback();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  return blocked;
}

export function tempLibrary(): string {
  return mkdtempSync(join(tmpdir(), 'chancery-e2e-'));
}

export const test = base.extend<{ host: Host; blockedRequests: string[] }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright needs the object pattern
  host: async ({}, use) => {
    const libraryDir = tempLibrary();
    let { url, child } = await startHost(libraryDir);
    const port = Number(new URL(url).port);
    try {
      await use({
        url,
        libraryDir,
        stop: () => stopProcess(child),
        start: async () => {
          ({ url, child } = await startHost(libraryDir, port));
          return url;
        },
      });
    } finally {
      await stopProcess(child);
      rmSync(libraryDir, { recursive: true, force: true });
    }
  },
  blockedRequests: [
    async ({ context }, use) => {
      const blocked = await guardNetwork(context);
      await use(blocked);
      expect(blocked, 'the app made network requests off this machine').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
