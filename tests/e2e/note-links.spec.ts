import { expect, test } from './fixtures';
import { LEAHY, newResearchNote, openFromList, pane } from './annotate-flow';
import { CAFFERY, screenshot } from './reader-flow';

test.beforeEach(async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.locator('.list-count')).toHaveText('3 documents');
});

// The core counts `[[Title|label]]` as a link (the document lists the note as citing it); the reader must show it as one too.
test('a [[Title|label]] link reads as its label, opens the document, and the document knows the note cites it', async ({ page }) => {
  await openFromList(page, CAFFERY);
  const body = await newResearchNote(page, 'Vichy and Moscow');
  await body.fill(`Compare [[${LEAHY}|Leahy’s telegram]] with [[${CAFFERY}]].`);
  await expect(page.locator('.research-bar .note-status')).toHaveText('Saved');

  const preview = page.locator('.note-preview');
  await expect(preview).toHaveText('Compare Leahy’s telegram with ' + CAFFERY + '.');
  const links = preview.locator('a.doc-ref');
  await expect(links).toHaveText(['Leahy’s telegram', CAFFERY]);
  await screenshot(page, 'note-link-with-label');

  await links.first().click();
  await expect(pane(page, 0).locator('h1.doc-title')).toContainText(LEAHY);
  await page.getByRole('tab', { name: 'This document' }).click();
  await expect(page.getByRole('button', { name: /Cited in 1 note/ })).toBeVisible();
});
