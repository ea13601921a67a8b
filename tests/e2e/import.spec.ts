import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, repoRoot, test } from './fixtures';
import { screenshot } from './reader-flow';

const VOLUME = 'frus1894Nicaragua.xml';
const BROKEN = '<?xml version="1.0"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<text><body>\n<div type="document">\n</TEI>\n';

test('import a FRUS volume and a broken file: report, grouped view, reader', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.locator('.list-count')).toHaveText('3 documents');

  await page.locator('input[type=file][multiple]').setInputFiles([
    { name: VOLUME, mimeType: 'application/xml', buffer: readFileSync(join(repoRoot, 'tests/fixtures/corpus', VOLUME)) },
    { name: 'broken.xml', mimeType: 'application/xml', buffer: Buffer.from(BROKEN) },
    { name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') },
  ]);

  const report = page.getByRole('region', { name: 'Import report' });
  await expect(report).toBeVisible({ timeout: 60_000 });
  await expect(report.locator('.import-ok')).toContainText(VOLUME);
  await expect(report.locator('.import-ok .import-count')).toHaveText(/\d+ documents/);
  const failed = report.locator('.import-failed');
  await expect(failed).toHaveCount(2);
  await expect(failed.filter({ hasText: 'broken.xml' }).locator('.import-line')).toHaveText(/line \d+/);
  await expect(failed.filter({ hasText: 'notes.pdf' })).toContainText('not a supported file type');

  // The list refreshed: the volume is a group, with its chapter and numbered documents.
  await expect(page.locator('.list-count')).not.toHaveText('3 documents');
  const volume = page.locator('.group-row.volume', { hasText: 'Nicaragua' });
  await expect(volume).toBeVisible();
  await screenshot(page, 'browser-import');

  await report.locator('.import-ok .link-button').click();
  const reader = page.locator('article.document');
  await expect(reader.locator('.breadcrumb')).toContainText('Nicaragua');
  await expect(reader.locator('h1.doc-title')).toBeVisible();

  // Folding the volume hides its documents; the report stays until closed.
  await volume.click();
  await expect(volume).toHaveAttribute('aria-expanded', 'false');
  await expect(report).toBeVisible();
  await report.getByRole('button', { name: 'Close the import report' }).click();
  await expect(report).toBeHidden();
});

test('files dropped anywhere on the window are imported', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.locator('.list-count')).toHaveText('3 documents');
  const telegram = [
    '123.45/678: Telegram',
    '',
    'The Ambassador in Italy (Dunn) to the Secretary of State',
    'secret',
    '',
    '901. The Prime Minister told me this morning that the situation in the north is improving.',
    '',
    'Dunn',
  ].join('\n');
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dunn-telegram.txt', { type: 'text/plain' }));
    window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true, cancelable: true }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, telegram);
  const report = page.getByRole('region', { name: 'Import report' });
  await expect(report).toContainText('dunn-telegram.txt');
  await expect(report.locator('.import-ok .import-count')).toHaveText('1 document');
  await expect(page.locator('.list-count')).toHaveText('4 documents');
  await expect(page.locator('.drop-overlay')).toBeHidden();
});

test('a re-import says how many documents were new, updated and unchanged', async ({ page, host }) => {
  await page.goto(host.url);
  const volume = readFileSync(join(repoRoot, 'tests/fixtures/corpus', VOLUME), 'utf8');
  const input = page.locator('input[type=file][multiple]');
  const report = page.getByRole('region', { name: 'Import report' });
  await input.setInputFiles([{ name: VOLUME, mimeType: 'application/xml', buffer: Buffer.from(volume) }]);
  await expect(report.locator('.import-head')).toContainText('138 documents and 1 section imported from 1 file', { timeout: 60_000 });
  await report.getByRole('button', { name: 'Close the import report' }).click();

  // The same volume with one document's text changed upstream.
  const edited = volume.replace('Honduras invading at Cape Gracias.', 'Honduras invading at Cape Gracias, as reported.');
  await input.setInputFiles([{ name: VOLUME, mimeType: 'application/xml', buffer: Buffer.from(edited) }]);
  await expect(report.locator('.import-head')).toContainText('138 documents and 1 section imported from 1 file: 1 updated, 137 unchanged', { timeout: 60_000 });
  await expect(report.locator('.import-ok .import-changes')).toHaveText('1 updated, 137 unchanged');
  await screenshot(page, 'browser-reimport');
});
