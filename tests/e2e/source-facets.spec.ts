import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, repoRoot, test } from './fixtures';
import { screenshot } from './reader-flow';

/** Four 1950 documents: Secret; Nodis / TOP SECRET; Eyes Only / Top secret; Nodis [Paraphrase] / Confidential [Translation]. */
const VOLUME = readFileSync(join(repoRoot, 'tests/fixtures/source-notes-modern.xml'));

test('source facets: filter by classification and caveat, then see what is still withheld in the reader', async ({ page, host }) => {
  await page.goto(host.url);
  await page.locator('input[type=file][multiple]').setInputFiles([{ name: 'frus1950v98.xml', mimeType: 'application/xml', buffer: VOLUME }]);
  await expect(page.getByRole('region', { name: 'Import report' })).toBeVisible({ timeout: 60_000 });
  const search = page.getByRole('combobox', { name: 'Search the library' });
  const refine = page.getByRole('group', { name: 'Refine by' });

  // "Top secret", "TOP SECRET" and the Caffery seed's header "top secret" are one value, counted over every match
  // (`minist` as typed: the volume's Minister and the seed's Ministry).
  await search.fill('minist');
  await refine.getByRole('button', { name: 'Classification', exact: true }).click();
  const levels = page.getByRole('list', { name: 'Classification' });
  await expect(levels.getByRole('button')).toHaveText([/^Top Secret\s*3$/, /^Confidential\s*1$/, /^Secret\s*1$/]);
  await screenshot(page, 'source-facets-classification');
  await levels.getByRole('button', { name: /^Top Secret/ }).click();
  await expect(page.locator('#hits .hit')).toHaveCount(3);
  await expect(page.getByRole('button', { name: 'Remove the filter Class.: Top Secret' })).toBeVisible();

  // Within Top Secret, the withheld facet: one document still has text not declassified.
  await refine.getByRole('button', { name: 'Withheld', exact: true }).click();
  const withheld = page.getByRole('list', { name: 'Withheld' });
  await expect(withheld.getByRole('button')).toHaveText([/^Any marker\s*1$/, /^None\s*2$/, /^Not declassified\s*1$/, /^Omitted\s*1$/]);
  await withheld.getByRole('button', { name: /^Not declassified/ }).click();
  await expect(page.locator('#hits .hit')).toHaveCount(1);
  await screenshot(page, 'source-facets-withheld');

  // The reader: the markers counted with their extent in the header, each shown in the text.
  await page.locator('#hits .hit').first().click();
  const reader = page.locator('article.document');
  await expect(reader.locator('h1.doc-title')).toContainText('Memorandum From the Director of Central Intelligence');
  const panel = reader.getByTestId('source-panel');
  await expect(panel.getByTestId('classification-badge')).toHaveText('Top Secret');
  await expect(panel.getByTestId('redaction-count')).toHaveText('2 withheld or omitted — 12 lines, 28 pages');
  const marker = reader.locator('.redaction').first();
  await expect(marker).toHaveText('[3 paragraphs (12 lines) of source text not declassified]');
  await marker.scrollIntoViewIfNeeded();
  await screenshot(page, 'source-facets-reader-marker');

  // A dated file number 18 days from the dateline is pointed out in the header.
  await page.getByRole('button', { name: /^Remove the filter Class/ }).click();
  await page.getByRole('button', { name: /^Remove the filter Withheld/ }).click();
  await search.fill('caveat:nodis cabinet');
  await expect(page.locator('#hits .hit .hit-title')).toHaveText([/Embassy in France/]);
  await page.locator('#hits .hit').first().click();
  await expect(reader.locator('h1.doc-title')).toContainText('Telegram From the Embassy in France');
  await expect(panel.getByTestId('date-check-badge')).toHaveText('file no. 18 days off the dateline');
  await screenshot(page, 'source-facets-date-check');
});
