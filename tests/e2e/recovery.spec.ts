import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createCore } from '../../src-main/core/core';
import { damageTable } from '../helpers/damage';
import { expect, repoRoot, tempLibrary, test } from './fixtures';
import { screenshot } from './reader-flow';

/** A library whose notes table is damaged, with a daily backup taken before the damage. */
async function damagedLibrary(): Promise<string> {
  const dir = tempLibrary();
  const core = createCore({ libraryDir: dir });
  await core.importPaths([join(repoRoot, 'seeds')]);
  core.notes.save(core.search.search({ query: 'Thorez' }).hits[0]?.id ?? 0, 'Kept by the backup.');
  await core.backupIfDue();
  core.close();
  damageTable(join(dir, 'library.sqlite'), 'notes');
  return dir;
}

function serve(libraryDir: string): { child: ChildProcess; recoveryUrl: Promise<string> } {
  const child = spawn(join(repoRoot, 'node_modules/.bin/tsx'), ['src-main/browser-host/serve.ts', '--library', libraryDir], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const recoveryUrl = new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (c: Buffer) => {
      output += c.toString();
      const m = /Chancery recovery: (\S+)/.exec(output);
      if (m?.[1]) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`serve exited (${code}):\n${output}`)));
  });
  return { child, recoveryUrl };
}

test('browser mode offers to restore a damaged library from its backup, then opens it', async ({ page }) => {
  const libraryDir = await damagedLibrary();
  const { child, recoveryUrl } = serve(libraryDir);
  try {
    await page.goto(await recoveryUrl);
    await expect(page.getByRole('heading', { name: 'Chancery could not open your library' })).toBeVisible();
    await expect(page.locator('.reason')).toContainText('the notes table');
    await screenshot(page, 'recovery-page');
    await page.getByRole('button', { name: /^Restore the backup of \d{4}-\d\d-\d\d \d\d:\d\d$/ }).click();
    await expect(page.getByRole('heading', { name: 'Library restored' })).toBeVisible();
    await expect(page.getByText('Edits made after that are not in the restored library.')).toBeVisible();
    await screenshot(page, 'recovery-restored');
    await page.getByRole('link', { name: 'Open Chancery' }).click();
    await expect(page.locator('.list-count')).toHaveText('3 documents');
  } finally {
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(libraryDir, { recursive: true, force: true });
  }
});
