import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, repoRoot, test } from './fixtures';
import { screenshot } from './reader-flow';

const CORPUS = join(repoRoot, 'tests/fixtures/corpus');

/** A folder as a user keeps it: volumes in a subfolder, a stray file that is not a source. */
function archiveFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'chancery-archive-'));
  mkdirSync(join(root, 'frus'));
  for (const v of ['frus1894Nicaragua.xml', 'frus1918Russiav03.xml', 'frus1936v03.xml']) copyFileSync(join(CORPUS, v), join(root, 'frus', v));
  writeFileSync(join(root, 'scan.pdf'), '%PDF-1.4');
  return root;
}

test('import a folder of FRUS volumes with the progress bar, then search and open a document of it', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.locator('.list-count')).toHaveText('3 documents');

  await page.getByTestId('import-folder').setInputFiles(archiveFolder());
  const panel = page.locator('.import-panel');
  await expect(panel.locator('progress')).toBeVisible();
  // Documents done / total and the current file, while the host imports.
  await expect(panel.locator('.import-foot')).toContainText(/of 1,202 documents/);
  await expect(panel.locator('.import-current')).toContainText(/frus\/frus\d{4}\w+\.xml/);
  await screenshot(page, 'browser-import-progress');

  const report = page.getByRole('region', { name: 'Import report' });
  await expect(report).toBeVisible({ timeout: 60_000 });
  await expect(report.locator('.import-ok')).toHaveCount(3);
  await expect(report.locator('.import-failed')).toHaveCount(0);
  await expect(page.locator('.list-count')).toHaveText('1,205 documents and 19 sections');
  await report.getByRole('button', { name: 'Close the import report' }).click();

  await page.getByRole('combobox', { name: 'Search the library' }).fill('Cramp Addis Ababa evacuated');
  const hit = page.locator('.hit').first();
  await expect(hit).toContainText('The Consul at Addis Ababa (Cramp) to the Secretary of State');
  await hit.click();
  const reader = page.locator('article.document');
  await expect(reader.locator('h1.doc-title')).toHaveText('The Consul at Addis Ababa (Cramp) to the Secretary of State');
  await expect(reader.locator('.breadcrumb')).toContainText('1936');
  await expect(reader).toContainText('Entire Legation white personnel evacuated');
});
