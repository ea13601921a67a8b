import { expect, test } from './fixtures';
import { CAFFERY, screenshot } from './reader-flow';

/** A one-document volume with a modern source note and a declassification marker. */
const VOLUME = `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:frus="http://history.state.gov/frus/ns/1.0" xml:id="frus1950v98">
<teiHeader><fileDesc><titleStmt><title type="complete">Foreign Relations, 1950, Test Volume</title></titleStmt></fileDesc></teiHeader>
<text><body><div type="chapter" xml:id="ch1"><head>The Soviet Union</head>
<div type="document" subtype="historical-document" n="1" xml:id="d1" frus:doc-dateTime-min="1950-05-10T00:00:00">
<head>1. Telegram From the Embassy in the Soviet Union to the Department of State<note type="source">Source: Department of State, Central Files, 761.00/5–1050. Secret; Nodis. Drafted by G. F. Kennan. Repeated to London and Paris.</note></head>
<dateline><placeName>Moscow</placeName>, <date when="1950-05-10">May 10, 1950</date>.</dateline>
<p>1234. The Minister said that Gromyko had seen him [1½ lines of source text not declassified] and that nothing more would be said of the matter.</p>
</div></div></body></text></TEI>`;

test('source fields in the reader header, a redaction marker in the text, and a classification filter', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.locator('.list-count')).toHaveText('3 documents');
  const search = page.getByRole('combobox', { name: 'Search the library' });

  // The Caffery telegram: file-number line and "top secret" header read into fields.
  await search.fill('Thorez');
  await page.locator('#hits .hit').first().click();
  const reader = page.locator('article.document');
  await expect(reader.locator('h1.doc-title')).toHaveText(CAFFERY);
  const panel = reader.getByTestId('source-panel');
  await expect(panel.getByTestId('classification-badge')).toHaveText('Top Secret');
  await expect(panel.locator('summary .file-no')).toHaveText('851.00/12–347');
  await panel.locator('summary').click();
  await expect(panel.locator('.source-fields')).toContainText('dated 3 December 1947');
  await screenshot(page, 'source-fields-caffery');

  // A volume with a modern source note and text still withheld.
  await page.locator('input[type=file][multiple]').setInputFiles([{ name: 'frus1950v98.xml', mimeType: 'application/xml', buffer: Buffer.from(VOLUME) }]);
  await expect(page.getByRole('region', { name: 'Import report' })).toBeVisible({ timeout: 60_000 });
  await search.fill('Gromyko');
  await page.locator('#hits .hit', { hasText: 'Soviet Union' }).click();
  await expect(reader.locator('h1.doc-title')).toContainText('Telegram From the Embassy in the Soviet Union');
  await expect(panel.getByTestId('classification-badge')).toHaveText('Secret');
  await expect(panel.locator('summary .caveat-badge')).toHaveText('Nodis');
  await panel.locator('summary').click();
  await expect(panel.locator('.source-fields')).toContainText('Drafted by');
  await expect(panel.locator('.source-fields')).toContainText('G. F. Kennan');
  await expect(panel.locator('.source-fields')).toContainText('London, Paris');
  const marker = reader.locator('.redaction').first();
  await expect(marker).toHaveText('[1½ lines of source text not declassified]');
  await expect(marker).toHaveAttribute('title', 'Still withheld: source text not declassified — 1½ lines');
  await screenshot(page, 'source-fields-panel');
  await marker.scrollIntoViewIfNeeded();
  await marker.hover();
  await screenshot(page, 'source-fields-redaction');

  // The query language: what is still withheld, under a file number.
  await search.fill('redacted:yes file:761');
  await expect(page.locator('#hits .hit .hit-title')).toHaveText([/Soviet Union/]);
  // The classification facet.
  await search.fill('said');
  await page.getByRole('group', { name: 'Refine by' }).getByRole('button', { name: 'Classification', exact: true }).click();
  const values = page.getByRole('list', { name: 'Classification' });
  await expect(values).toContainText('Secret');
  await expect(values).toContainText('Top Secret');
  await values.getByRole('button', { name: /^Top Secret/ }).click();
  await expect(page.locator('#hits .hit')).toHaveCount(1);
  await expect(page.locator('#hits .hit .hit-title')).toHaveText(CAFFERY);
  await screenshot(page, 'source-fields-facet');
});
