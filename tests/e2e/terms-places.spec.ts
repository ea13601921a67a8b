import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, repoRoot, test } from './fixtures';
import { screenshot } from './reader-flow';

const SAMPLE = readFileSync(join(repoRoot, 'tests/fixtures/excerpts/frus-terms-sample.xml'));

test('a term explained on hover, the glossary, and a place on the map to filter by', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.locator('.list-count')).toHaveText('3 documents');
  await page.locator('input[type=file][multiple]').setInputFiles([{ name: 'frus1969-76sample.xml', mimeType: 'application/xml', buffer: SAMPLE }]);
  await expect(page.getByRole('region', { name: 'Import report' })).toBeVisible({ timeout: 60_000 });
  const search = page.getByRole('combobox', { name: 'Search the library' });

  // Hover a term: what the volume's list says it stands for.
  await search.fill('delegation');
  await page.locator('#hits .hit', { hasText: 'Arms Control and Disarmament Agency' }).click();
  const reader = page.locator('article.document');
  const salt = reader.locator('abbr.term-ref[data-term="t_SALT1"]').last();
  await expect(salt).toHaveText('SALT');
  await salt.scrollIntoViewIfNeeded();
  await salt.hover();
  const card = page.getByRole('tooltip');
  await expect(card).toContainText('SALT');
  await expect(card).toContainText('Strategic Arms Limitation Talks');
  await screenshot(page, 'terms-hover');

  // The glossary, for the library and for the volume.
  await page.getByRole('tab', { name: 'Glossary' }).click();
  const glossary = page.getByLabel('Glossary');
  await expect(glossary.locator('.glossary-entry')).toHaveCount(8);
  await expect(glossary.locator('.glossary-entry[data-term="t_NODIS1"]')).toContainText('No Distribution (other than to persons indicated)');
  await page.getByLabel('Filter terms').fill('distribution');
  await expect(glossary.locator('.glossary-entry dt')).toHaveText(['EXDIS', 'NODIS']);
  await screenshot(page, 'terms-glossary');
  // A term leads to the documents using its words.
  await glossary.getByRole('button', { name: 'NODIS' }).click();
  await expect(search).toHaveValue('NODIS');

  // The map: the places the results were sent from; Peking and Peiping are one place.
  await search.fill('');
  await expect(page.locator('.list-count')).toHaveText('6 documents and 1 section');
  // Refine stays open from the search before.
  await expect(page.getByRole('button', { name: 'Refine' })).toHaveAttribute('aria-expanded', 'true');
  await page.getByRole('button', { name: /^Map of places/ }).click();
  const peking = page.getByRole('button', { name: 'Peking, China: 2 documents' });
  await expect(peking).toBeVisible();
  await screenshot(page, 'places-map');
  await peking.click();
  await expect(page.locator('#hits .hit, .doc-row')).toHaveCount(2);
  await expect(page.locator('circle.place-dot.current')).toHaveAttribute('data-place', 'Peking');
  await screenshot(page, 'places-map-filtered');
});

test('the map of a volume’s places: one dot per post, Washington once', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.locator('.list-count')).toHaveText('3 documents');
  const file = 'frus1918Russiav03.xml';
  await page.locator('input[type=file][multiple]').setInputFiles([{ name: file, mimeType: 'application/xml', buffer: readFileSync(join(repoRoot, 'tests/fixtures/corpus', file)) }]);
  await expect(page.getByRole('region', { name: 'Import report' })).toBeVisible({ timeout: 60_000 });
  const search = page.getByRole('combobox', { name: 'Search the library' });
  await search.fill('railway');
  const refine = page.getByRole('button', { name: 'Refine' });
  if ((await refine.getAttribute('aria-expanded')) !== 'true') await refine.click();
  await page.getByRole('group', { name: 'Refine by' }).getByRole('button', { name: 'Place', exact: true }).click();
  const places = page.getByRole('list', { name: 'Place' });
  await expect(places.getByRole('button', { name: /Washington/ })).toHaveCount(1);
  await page.getByRole('button', { name: /^Map of places/ }).click();
  const vladivostok = page.getByRole('button', { name: /^Vladivostok, Russia: \d+ documents?$/ });
  await expect(vladivostok).toBeVisible();
  await screenshot(page, 'places-map-russia');
  await page.locator('.place-map-svg').screenshot({ path: join(repoRoot, 'tests/output/screenshots/places-map-russia-detail.png'), scale: 'device' });
  const label = (await vladivostok.getAttribute('aria-label')) ?? '';
  const count = Number(/: (\d+) document/.exec(label)?.[1]);
  await vladivostok.click();
  await expect(page.locator('.list-count')).toHaveText(`${count} matches`);
  await expect(page.getByText('Place: Vladivostok, Russia')).toBeVisible();
  await screenshot(page, 'places-map-russia-filtered');
});
