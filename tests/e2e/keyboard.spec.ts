import { expect, test } from './fixtures';
import { openFromList, pane } from './annotate-flow';
import { CAFFERY, screenshot } from './reader-flow';

const selected = (page: import('@playwright/test').Page): Promise<string> => page.evaluate(() => window.getSelection()?.toString() ?? '');

test.beforeEach(async ({ page, host, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(host.url);
  await expect(page.locator('.list-count')).toHaveText('3 documents');
});

test('a passage is selected and highlighted without a mouse: S, Shift+S, Shift+arrows, H; the help lists the keys', async ({ page }) => {
  await openFromList(page, CAFFERY);
  const reader = pane(page, 0);
  await expect(reader.locator('h1.doc-title')).toContainText(CAFFERY);
  await page.keyboard.press('Alt+1');
  await expect(reader.locator('.reader-scroll')).toBeFocused();

  await page.keyboard.press('s');
  const first = await selected(page);
  expect(first).toMatch(/^5186\. A high official of the Interior Ministry .* line of action\.$/);
  await expect(page.getByRole('toolbar', { name: 'Highlight the selection' })).toBeVisible();
  await expect(reader.getByRole('status').filter({ hasText: 'Selected:' })).toContainText('Press H to highlight');

  // The next sentence, then one more added to it.
  await page.keyboard.press('s');
  const second = await selected(page);
  expect(second.startsWith('He said that the Communist generalized strike')).toBe(true);
  await page.keyboard.press('Shift+s');
  const two = await selected(page);
  expect(two.startsWith(second)).toBe(true);
  expect(two.length).toBeGreaterThan(second.length + 20);

  // Shift+arrows move the end: back a word, then a letter.
  await page.keyboard.press('Shift+Control+ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  const trimmed = await selected(page);
  expect(trimmed.length).toBeLessThan(two.length - 1);
  expect(two.startsWith(trimmed)).toBe(true);
  await screenshot(page, 'keyboard-selection');

  await page.keyboard.press('h');
  const mark = reader.locator('mark.hl');
  await expect(mark).toHaveCount(1);
  await expect(mark).toHaveText(trimmed.trim());
  await expect(reader.getByRole('status').filter({ hasText: 'Highlighted:' })).toBeAttached();
  await expect(page.locator('.hl-item')).toHaveCount(1);

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toContainText('Select the next sentence');
  await expect(help).toContainText('Highlight the selection');
  await screenshot(page, 'keyboard-help');
});

test('the Cite menu follows the menu pattern; Escape from find returns the focus to the reader', async ({ page }) => {
  await openFromList(page, CAFFERY);
  const reader = pane(page, 0);
  const cite = reader.getByRole('button', { name: 'Cite this document' });
  await cite.focus();
  await page.keyboard.press('Enter');
  const chicago = page.getByRole('menuitem', { name: 'Copy Chicago citation' });
  const frus = page.getByRole('menuitem', { name: 'Copy FRUS citation' });
  await expect(chicago).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(frus).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(chicago).toBeFocused();
  await page.keyboard.press('End');
  await expect(frus).toBeFocused();
  await page.keyboard.press('Home');
  await expect(chicago).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(frus).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.citation-status')).toHaveText('Copied');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu', { name: 'Cite this document' })).toBeHidden();
  await expect(cite).toBeFocused();

  // Find: Ctrl+F from the text, Escape puts the focus back in the text.
  await page.keyboard.press('Alt+1');
  await page.keyboard.press('Control+f');
  const find = page.getByRole('textbox', { name: 'Find in this document' });
  await expect(find).toBeFocused();
  await find.fill('Moscow');
  await page.keyboard.press('Escape');
  await expect(find).toBeHidden();
  await expect(reader.locator('.reader-scroll')).toBeFocused();
  // From the toolbar button, Escape goes back to the button.
  const findButton = reader.getByRole('button', { name: 'Find in this document' });
  await findButton.focus();
  await page.keyboard.press('Enter');
  await expect(find).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(findButton).toBeFocused();
});

test('the years chart: PageUp/PageDown move a decade, Home/End to the first and last year, arrows one year', async ({ page }) => {
  const chart = page.getByRole('group', { name: /Documents per year/ });
  await chart.focus();
  const caption = page.locator('.year-caption');
  await page.keyboard.press('Home');
  await expect(caption).toHaveText('1941: 1');
  await page.keyboard.press('PageDown');
  await expect(caption).toHaveText('1951: 0');
  await page.keyboard.press('ArrowLeft');
  await expect(caption).toHaveText('1950: 0');
  await page.keyboard.press('PageDown');
  await expect(caption).toHaveText('1956: 1');
  await page.keyboard.press('PageUp');
  await expect(caption).toHaveText('1946: 0');
  await page.keyboard.press('Shift+PageUp');
  await expect(caption).toHaveText(/^1941.1946: 1$/);
  await page.keyboard.press('End');
  await expect(caption).toHaveText('1956: 1');
});
