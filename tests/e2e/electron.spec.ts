import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { electronBinary } from '../../scripts/electron-binary';
import { appWindowPreferences, callFromForeignPage, navigateAway } from './electron-probes';
import { guardNetwork, repoRoot, tempLibrary } from './fixtures';
import { CAFFERY, expectRestored, searchOpenAndNote } from './reader-flow';

const binary = electronBinary();
const mainEntry = join(repoRoot, 'out/main/index.js');

async function launch(libraryDir: string, executablePath: string): Promise<ElectronApplication> {
  return electron.launch({
    executablePath,
    // '.' (package.json → out/main/index.js) rather than the script itself, so that
    // app.getAppPath() is the repository and the seeds are found.
    args: ['.', '--no-sandbox', '--disable-gpu'],
    cwd: repoRoot,
    env: { ...process.env, CHANCERY_LIBRARY: libraryDir, ELECTRON_DISABLE_SECURITY_WARNINGS: '1' },
  });
}

/** The binary's path, or the test is skipped saying why. */
function electronOrSkip(): string | null {
  const why = 'missing' in binary ? binary.missing : '';
  test.skip('missing' in binary, `Electron's binary is not installed (${why}): \`node node_modules/electron/install.js\` installs it`);
  test.skip(!existsSync(mainEntry), 'out/main/index.js missing: run `npx electron-vite build` first');
  return 'path' in binary ? binary.path : null;
}

test('Electron: search, read and keep a note across a restart', async () => {
  const executable = electronOrSkip();
  if (!executable) return;

  const libraryDir = tempLibrary();
  let app: ElectronApplication | null = null;
  try {
    app = await launch(libraryDir, executable);
    const blocked = await guardNetwork(app.context());
    const page = await app.firstWindow();
    await page.setViewportSize({ width: 1440, height: 900 });
    // Electron keeps localStorage in its user-data directory across runs: start clean.
    await page.evaluate(() => window.localStorage.clear());
    await page.reload();
    const note = await searchOpenAndNote(page, 'electron');

    await page.reload();
    await expectRestored(page, note);
    expect(blocked, 'the app made network requests off this machine').toEqual([]);
    await app.close();

    // A full restart on the same library: the note is stored in the library, not the window.
    app = await launch(libraryDir, executable);
    const again = await app.firstWindow();
    await again.evaluate(() => window.localStorage.clear());
    await again.reload();
    await again.getByRole('combobox', { name: 'Search the library' }).fill('Thorez');
    await again.locator('#hits .hit').first().click();
    await expect(again.locator('article.document h1.doc-title')).toHaveText(CAFFERY);
    await expect(again.getByRole('textbox', { name: /Note for this document/ })).toHaveValue(note);
  } finally {
    await app?.close().catch(() => undefined);
    rmSync(libraryDir, { recursive: true, force: true });
  }
});

test('Electron: the window is sandboxed, answers only its own page, and stays on app://', async () => {
  const executable = electronOrSkip();
  if (!executable) return;

  const libraryDir = tempLibrary();
  let app: ElectronApplication | null = null;
  try {
    app = await launch(libraryDir, executable);
    const blocked = await guardNetwork(app.context());
    const page = await app.firstWindow();
    await expect(page.getByRole('combobox', { name: 'Search the library' })).toBeVisible();

    // As the main process holds them, and as the page lives them: no Node in its world.
    expect(await app.evaluate(appWindowPreferences)).toEqual({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true });
    expect(await page.evaluate(() => ['require' in globalThis, 'process' in globalThis, 'module' in globalThis])).toEqual([false, false, false]);

    // The app's page is answered; the same bridge in a page of another origin is refused.
    expect(await page.evaluate(() => window.chancery?.invoke('library.overview', {}))).toMatchObject({ ok: true });
    const foreign = await app.evaluate(callFromForeignPage, join(repoRoot, 'out/preload/index.cjs'));
    expect(foreign.url).toMatch(/^data:text\/html,/);
    expect(foreign.answer).toEqual({ ok: false, error: { code: 'unknown-call', message: 'Forbidden sender' } });

    // The page tries to leave for the web: the attempt reaches the main process, which stops it.
    const home = page.url();
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    expect(await app.evaluate(navigateAway, 'https://example.com/')).toEqual({ url: 'https://example.com/', prevented: true });
    expect(page.url()).toBe(home);
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
    expect(blocked, 'the app made network requests off this machine').toEqual([]);
  } finally {
    await app?.close().catch(() => undefined);
    rmSync(libraryDir, { recursive: true, force: true });
  }
});
