import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { repoRoot } from './fixtures';

export const CAFFERY = 'The Ambassador in France (Caffery) to the Secretary of State';
export const screenshotDir = join(repoRoot, 'tests/output/screenshots');

/** Imports a folder through the Folder… button, and closes the report once it shows. */
export async function importFolder(page: Page, root: string): Promise<void> {
  await page.getByTestId('import-folder').setInputFiles(root);
  const report = page.getByRole('region', { name: 'Import report' });
  await expect(report).toBeVisible({ timeout: 60_000 });
  await report.getByRole('button', { name: 'Close the import report' }).click();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`) });
}

/**
 * The core reading flow, shared by browser and Electron mode: search, open,
 * check footnotes and page markers, write a note. Returns the note text.
 */
export async function searchOpenAndNote(page: Page, prefix: string): Promise<string> {
  const search = page.getByRole('combobox', { name: 'Search the library' });
  await expect(search).toBeVisible();
  await expect(page.locator('.list-count')).toHaveText('3 documents');

  // Ctrl+K (or /) jumps to the search box from anywhere.
  await page.locator('body').click();
  await page.keyboard.press('Control+k');
  await expect(search).toBeFocused();
  await search.fill('Thorez');
  const hits = page.locator('#hits .hit');
  await expect(hits).toHaveCount(1);
  const hit = hits.first();
  await expect(hit.locator('.hit-title')).toHaveText(CAFFERY);
  await expect(hit.locator('.snippet mark').first()).toHaveText(/^Thorez$/i);
  await screenshot(page, `${prefix}-search`);

  // Keyboard: ↓ then Enter opens the hit.
  await search.press('ArrowDown');
  await search.press('Enter');
  const reader = page.locator('article.document');
  await expect(reader.locator('h1.doc-title')).toHaveText(CAFFERY);

  // A footnote reference, its note, and the printed page in the margin.
  const noteRef = reader.locator('.note-ref a').first();
  await expect(noteRef).toBeVisible();
  await expect(reader.locator('.footnotes')).toContainText('Not printed.');
  const page811 = reader.locator('.page-num', { hasText: '811' });
  await expect(page811).toBeVisible();
  await screenshot(page, `${prefix}-reader`);
  const bodyBox = await reader.locator('.doc-body').boundingBox();
  const numBox = await page811.boundingBox();
  expect(bodyBox && numBox && numBox.x + numBox.width <= bodyBox.x + 1, 'page number sits in the left margin').toBe(true);
  await page811.scrollIntoViewIfNeeded();
  await screenshot(page, `${prefix}-page-marker`);

  // Footnote link goes to the note and back.
  await noteRef.click();
  const footnote = reader.locator('.footnotes li').first();
  await expect(footnote).toBeInViewport();
  await expect(footnote).toContainText('Not printed.');
  await screenshot(page, `${prefix}-footnote`);
  // …and back to the reference.
  await footnote.locator('a.fn-label').click();
  await expect(noteRef).toBeInViewport();

  const noteText = `Thorez refuses a tactical withdrawal — compare *Leahy 1941*. (${prefix} ${Date.now()})`;
  const notes = page.getByRole('textbox', { name: /Note for this document/ });
  await expect(notes).toBeEditable();
  await notes.click();
  await notes.pressSequentially(noteText, { delay: 5 });
  await expect(page.locator('.note-status')).toHaveText('Saved');
  await expect(page.locator('.note-preview em')).toHaveText('Leahy 1941');
  await screenshot(page, `${prefix}-note`);
  return noteText;
}

/** After a reload: the same document is open and the note is still there. */
export async function expectRestored(page: Page, noteText: string): Promise<void> {
  await expect(page.locator('article.document h1.doc-title')).toHaveText(CAFFERY);
  await expect(page.getByRole('combobox', { name: 'Search the library' })).toHaveValue('Thorez');
  await expect(page.getByRole('textbox', { name: /Note for this document/ })).toHaveValue(noteText);
}

/** Imports a corpus volume through the page's file input and closes the import report. */
export async function importCorpusVolume(page: Page, volume: string): Promise<void> {
  await page.locator('input[type=file][multiple]').setInputFiles([
    { name: volume, mimeType: 'application/xml', buffer: readFileSync(join(repoRoot, 'tests/fixtures/corpus', volume)) },
  ]);
  const report = page.getByRole('region', { name: 'Import report' });
  await expect(report).toBeVisible({ timeout: 60_000 });
  await report.getByRole('button', { name: 'Close the import report' }).click();
}
