import { expect, test } from './fixtures';
import { importCorpusVolume, screenshot } from './reader-flow';

test('a telegram, its related documents with their reasons, this volume or the library, one opened beside it', async ({ page, host }) => {
  test.setTimeout(150_000);
  await page.goto(host.url);
  await expect(page.locator('.list-count')).toHaveText('3 documents');
  await importCorpusVolume(page, 'frus1918Russiav03.xml');

  // Francis's 1161 of 6 April 1917, answering the Department's 1295 on a Treasury loan.
  await page.getByRole('combobox', { name: 'Search the library' }).fill('"Had two conferences with Minister of Finance"');
  await page.locator('#hits .hit').first().click();
  const left = page.locator('.reader-pane').first();
  await expect(left.locator('h1.doc-title')).toHaveText('The Ambassador in Russia (Francis) to the Secretary of State');

  // Folded at first; opened, the most related first, each with its reasons as labels.
  const panel = left.locator('.related-panel');
  await expect(panel).not.toHaveAttribute('open', '');
  await panel.locator('summary').click();
  await expect(panel.locator('.thread-count')).toHaveText(/^\d+ documents, the most related first$/);
  const entries = panel.locator('.related-entry');
  const first = entries.first();
  // His 1167 of 20 April cites this telegram, answers the same exchange, and is filed under 861.51.
  await expect(first.locator('.thread-title')).toHaveText('The Ambassador in Russia (Francis) to the Secretary of State');
  await expect(first.locator('.thread-when')).toHaveText('20 Apr 1917');
  await expect(first.locator('.related-reason')).toContainText(['Cites this document', 'Same correspondence, 14 days later', 'Same decimal file 861.51']);
  await expect(first.locator('.related-reason', { hasText: 'Cites this document' })).toHaveAttribute('title', 'reference in the text "my No. 1161"');
  // The Department's 1295, which this telegram answers.
  const telegram = entries.filter({ has: page.locator('.related-reason', { hasText: 'Cited in this document' }) }).first();
  await expect(telegram.locator('.thread-when')).toHaveText('3 Apr 1917');
  await expect(telegram.locator('.related-reason')).toContainText(['Same correspondence, 3 days earlier']);
  await panel.scrollIntoViewIfNeeded();
  await screenshot(page, 'related-volume');

  // The library: each entry names its volume.
  await panel.getByRole('button', { name: 'The library' }).click();
  await expect(panel.getByRole('button', { name: 'The library' })).toHaveAttribute('aria-pressed', 'true');
  await expect(first.locator('.thread-parties')).toContainText('Foreign Relations of the United States, 1918, Russia, Volume III');
  await screenshot(page, 'related-library');
  await panel.getByRole('button', { name: 'This volume' }).click();
  await expect(first.locator('.thread-parties')).not.toContainText('Foreign Relations');

  // One opens in the other pane.
  await telegram.getByRole('button').click();
  const right = page.locator('.reader-pane[data-pane="1"]');
  await expect(right.locator('h1.doc-title')).toHaveText('The Secretary of State to the Ambassador in Russia (Francis)');
  await expect(right.locator('.clock-times')).toContainText('Washington, 3 April 1917, 18:00');
  await screenshot(page, 'related-opened');
});
