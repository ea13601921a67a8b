import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, repoRoot, test } from './fixtures';
import { screenshot } from './reader-flow';

const ODDITIES = 'frusOddities.xml';

test('the import report lists each file’s warnings, collapsed under their count', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.locator('.list-count')).toHaveText('3 documents');

  await page.locator('input[type=file][multiple]').setInputFiles([
    { name: ODDITIES, mimeType: 'application/xml', buffer: readFileSync(join(repoRoot, 'tests/fixtures/warnings', ODDITIES)) },
  ]);

  const report = page.getByRole('region', { name: 'Import report' });
  const file = report.locator('.import-ok', { hasText: ODDITIES });
  await expect(file.locator('.import-count')).toHaveText('3 documents', { timeout: 60_000 });

  const warnings = file.locator('.import-warnings');
  const summary = warnings.locator('summary');
  await expect(summary).toHaveText('7 warnings');
  // Collapsed by default: the count only.
  await expect(warnings).not.toHaveAttribute('open');
  const duplicate = warnings.locator('li[data-code="duplicate-id"]');
  await expect(duplicate).toBeHidden();

  await summary.click();
  await expect(duplicate).toBeVisible();
  await expect(duplicate.locator('.import-warning-where')).toHaveText('No. 2 (d1-2), line 11');
  await expect(duplicate.locator('.import-warning-message')).toHaveText('duplicate document id "d1"; using "d1-2"');
  await expect(warnings.locator('li[data-code="missing-id"]')).toContainText('document 3 has no xml:id');
  await expect(warnings.locator('li[data-code="missing-link-target"]')).toContainText('"d9"');
  await screenshot(page, 'browser-import-warnings');
});
