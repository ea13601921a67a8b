import { expect, test } from './fixtures';
import { LEAHY, openFromList, pane } from './annotate-flow';
import { CAFFERY, screenshot } from './reader-flow';

test.beforeEach(async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.locator('.list-count')).toHaveText('3 documents');
});

test('reading settings, reading position and the shortcuts help are kept', async ({ page }) => {
  await openFromList(page, CAFFERY);
  const reader = pane(page, 0);
  await reader.getByRole('button', { name: 'Reading settings' }).click();
  const menu = page.getByRole('dialog', { name: 'Reading settings' });
  await menu.getByRole('button', { name: 'Larger text' }).click();
  await menu.getByRole('radio', { name: 'Narrow' }).click();
  await menu.getByRole('radio', { name: 'Sepia' }).click();
  await expect(reader).toHaveClass(/fs-4/);
  await expect(reader).toHaveClass(/lw-narrow/);
  await expect(reader).toHaveClass(/theme-sepia/);
  await screenshot(page, 'reading-settings-sepia');
  await menu.getByRole('radio', { name: 'Dark' }).click();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();

  // Scroll to the second page of the telegram, leave, come back: the reader is where it was.
  await reader.locator('.page-num', { hasText: '811' }).scrollIntoViewIfNeeded();
  await page.waitForTimeout(900);
  await openFromList(page, LEAHY);
  await expect(reader.locator('h1.doc-title')).toContainText(LEAHY);
  await openFromList(page, CAFFERY);
  await expect(reader.locator('.page-num', { hasText: '811' })).toBeInViewport();
  await screenshot(page, 'reading-dark');

  // Stay a moment, as a reader does, so that anything the reopening saves is saved before the reload.
  await page.waitForTimeout(900);
  await page.reload();
  await expect(pane(page, 0)).toHaveClass(/theme-dark/);
  await expect(pane(page, 0).locator('.page-num', { hasText: '811' })).toBeInViewport();

  await page.locator('body').press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toContainText('Find in this document');
  await screenshot(page, 'shortcuts-help');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});

test('tags on a document filter the library; F3 steps through search hits', async ({ page }) => {
  await openFromList(page, CAFFERY);
  const tagInput = pane(page, 0).getByRole('combobox', { name: 'Add a tag (Tags of this document)' });
  await tagInput.fill('strikes 1947');
  await tagInput.press('Enter');
  await expect(pane(page, 0).locator('.tag-chip')).toHaveText(['strikes 1947×']);
  await page.getByRole('button', { name: 'Tag', exact: true }).click();
  await page.locator('.facet-values .facet-item', { hasText: 'strikes 1947' }).click();
  await expect(page.locator('#hits .hit')).toHaveCount(1);
  await expect(page.locator('#hits .hit-title')).toHaveText(CAFFERY);
  await screenshot(page, 'tag-filter');
  await page.reload();
  await expect(pane(page, 0).locator('.tag-chip')).toHaveText(['strikes 1947×']);

  await page.getByRole('combobox', { name: 'Search the library' }).fill('ambassador');
  await expect(page.locator('#hits .hit').nth(1)).toBeVisible();
  // F3 / Shift+F3 open the next / previous hit after the open document.
  const titles = await page.locator('#hits .hit-title').allTextContents();
  const at = titles.indexOf(CAFFERY);
  expect(at).toBeGreaterThanOrEqual(0);
  await page.locator('body').click();
  await page.keyboard.press('F3');
  await expect(pane(page, 0).locator('h1.doc-title')).toHaveText(titles[(at + 1) % titles.length] ?? '');
  await expect(page.locator('#hits .hit.open .hit-title')).toHaveText(titles[(at + 1) % titles.length] ?? '');
  await page.keyboard.press('Shift+F3');
  await expect(pane(page, 0).locator('h1.doc-title')).toHaveText(CAFFERY);
});
