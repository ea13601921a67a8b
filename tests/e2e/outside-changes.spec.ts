import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, repoRoot, test } from './fixtures';
import { screenshot } from './reader-flow';

const run = promisify(execFile);

/** The CLI, in its own process, on the library the host has open: another face writing the same SQLite file. */
async function cli(libraryDir: string, ...args: string[]): Promise<string> {
  const { stdout } = await run(join(repoRoot, 'node_modules/.bin/tsx'), ['src-main/cli/main.ts', '--library', libraryDir, ...args], { cwd: repoRoot });
  return stdout;
}

test('a dossier created and documents imported from the CLI show in the open app without a reload', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.locator('.list-count')).toHaveText('3 documents');
  await page.getByRole('tab', { name: /Dossiers/ }).click();
  await expect(page.locator('.dossier-empty')).toContainText('No dossiers yet');

  expect(await cli(host.libraryDir, 'dossier', 'create', 'Made on the command line')).toContain('created dossier');
  // The window keeps the focus all along: the app notices on its own, within a few seconds.
  await expect(page.locator('.dossier-row-title')).toHaveText(['Made on the command line'], { timeout: 15_000 });
  await screenshot(page, 'outside-dossier');

  await cli(host.libraryDir, 'import', join(repoRoot, 'tests/fixtures/corpus/frus1894Nicaragua.xml'));
  await page.getByRole('tab', { name: /Library/ }).click();
  await expect(page.locator('.list-count')).not.toHaveText('3 documents', { timeout: 15_000 });
  await expect(page.locator('.group-row.volume', { hasText: 'Nicaragua' })).toBeVisible();
  // The host's search index follows too: the new documents are found.
  await page.getByRole('combobox', { name: 'Search the library' }).fill('Bluefields');
  await expect(page.locator('#hits .hit').first()).toBeVisible();
});
