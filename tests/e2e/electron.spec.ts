import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { electronBinary } from '../../scripts/electron-binary';
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

test('Electron: search, read and keep a note across a restart', async () => {
  test.skip('missing' in binary, `Electron binary not installed (${'missing' in binary ? binary.missing : ''}): run on a machine where \`npx electron --version\` works`);
  test.skip(!existsSync(mainEntry), 'out/main/index.js missing: run `npx electron-vite build` first');
  if (!('path' in binary)) return;

  const libraryDir = tempLibrary();
  let app: ElectronApplication | null = null;
  try {
    app = await launch(libraryDir, binary.path);
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
    app = await launch(libraryDir, binary.path);
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
