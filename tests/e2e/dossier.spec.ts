import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import type { Page } from '@playwright/test';
import { documentEntries, readOutline } from './dossier-pdf';
import { expect, repoRoot, test } from './fixtures';
import { CAFFERY, screenshot } from './reader-flow';

const TITLE = 'Strikes and the PCF, 1941–1956';
const LEAHY = 'The Ambassador in France (Leahy) to the Secretary of State';
const DEJEAN = 'Letter from Maurice Dejean to Christian Pineau (Moscow, 16 November 1956)';

/** Choose the dossier in the open "Add to dossier" picker. */
async function pickDossier(page: Page, added: RegExp): Promise<void> {
  const picker = page.getByRole('dialog', { name: 'Add to dossier' });
  await expect(picker).toBeVisible();
  await picker.getByRole('button', { name: TITLE }).click();
  await expect(picker).toBeHidden();
  await expect(page.locator('.toast').last()).toContainText(added);
}

/** Toasts fade after a few seconds; screenshots should not wait for that. */
async function dismissToasts(page: Page): Promise<void> {
  const close = page.locator('.toast .icon-button');
  while ((await close.count()) > 0) await close.first().click();
}

test('assemble a dossier, reorder, annotate and export a PDF with an outline', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.locator('.list-count')).toHaveText('3 documents');

  // The dossiers view explains itself when empty, then a dossier is created.
  await page.getByRole('tab', { name: /Dossiers/ }).click();
  await expect(page.locator('.dossier-empty')).toContainText('No dossiers yet');
  await screenshot(page, 'dossier-empty');
  await page.getByRole('button', { name: 'New dossier' }).click();
  await page.getByRole('textbox', { name: 'Title of the new dossier' }).fill(TITLE);
  await page.getByRole('button', { name: 'Create' }).click();
  const editor = page.locator('.dossier-editor');
  await expect(editor.getByRole('textbox', { name: 'Dossier title' })).toHaveValue(TITLE);
  await expect(editor.locator('.dossier-hint')).toContainText('No documents yet');

  // Path 1: search results, multi-selected (checkbox, then Ctrl-click).
  await page.getByRole('tab', { name: 'Library' }).click();
  const search = page.getByRole('combobox', { name: 'Search the library' });
  await search.fill('Secretary');
  const hits = page.locator('#hits .hit');
  await expect(hits).toHaveCount(2);
  await expect(hits.nth(0).locator('.hit-title')).toHaveText(LEAHY);
  await hits.nth(0).getByRole('checkbox').check();
  await hits.nth(1).click({ modifiers: ['Control'] });
  await expect(hits.nth(1).getByRole('checkbox')).toBeChecked();
  await page.getByRole('button', { name: 'Add 2 to dossier…' }).click();
  await screenshot(page, 'dossier-picker');
  await pickDossier(page, /2 documents added/);
  await expect(page.locator('.selection-bar')).toHaveCount(0);

  // Path 2: a library row's context button.
  await search.fill('');
  const dejeanRow = page.locator('.doc-row', { hasText: DEJEAN });
  await dejeanRow.hover();
  await dejeanRow.getByRole('button', { name: 'Add to dossier…' }).click();
  await pickDossier(page, /1 document added/);

  // Path 3: the reader's toolbar; a document already in the dossier is not added twice.
  await page.locator('.doc-row', { hasText: CAFFERY }).click();
  await expect(page.locator('article.document h1.doc-title')).toHaveText(CAFFERY);
  await page.locator('.reader-pane').getByRole('button', { name: 'Add to dossier', exact: true }).click();
  await pickDossier(page, /1 document added/);

  // Open it from the toast, then see it in the dossier list.
  await page.locator('.toast').last().getByRole('button', { name: 'Open dossier' }).click();
  const items = editor.locator('.dossier-item');
  await expect(items).toHaveCount(3);
  await expect(editor.locator('.item-title')).toHaveText([LEAHY, CAFFERY, DEJEAN]);
  await expect(page.locator('.dossier-row')).toHaveCount(1);
  await expect(page.locator('.dossier-row')).toContainText('3 documents');
  await dismissToasts(page);
  await screenshot(page, 'dossier-list');

  // Drag the Dejean letter above the Leahy telegram.
  await items.nth(2).locator('.drag-handle').dragTo(items.nth(0), { targetPosition: { x: 60, y: 6 } });
  await expect(editor.locator('.item-title')).toHaveText([DEJEAN, LEAHY, CAFFERY]);
  // The keyboard-accessible buttons: move Caffery up, then back down.
  await items.nth(2).getByRole('button', { name: 'Move up' }).click();
  await expect(editor.locator('.item-title')).toHaveText([DEJEAN, CAFFERY, LEAHY]);
  await items.nth(1).getByRole('button', { name: 'Move down' }).click();
  await expect(editor.locator('.item-title')).toHaveText([DEJEAN, LEAHY, CAFFERY]);

  // Introduction and one commentary, autosaved.
  await editor.getByRole('textbox', { name: 'Compiled by' }).fill('Seminar on French communism, week 6');
  const intro = editor.getByRole('textbox', { name: 'Introduction (Markdown)' });
  await intro.fill('Three moments in the **PCF’s** relation to strikes and to Moscow: the *1941* round-ups, the *1947* strike wave, and *1956*.');
  await expect(editor.locator('.dossier-section').first().locator('.note-status')).toHaveText('Saved');
  await expect(editor.locator('.dossier-section').first().locator('.md-preview strong')).toHaveText('PCF’s');
  const commentary = items.nth(2).getByRole('textbox', { name: /^Commentary on / });
  await commentary.fill('Caffery reads the November strikes as a *political* offensive — compare Thorez’s line in Moscow.');
  await expect(items.nth(2).locator('.note-status')).toHaveText('Saved');
  // A script the PDF font lacks: the export must say so.
  const dejeanNote = items.nth(0).getByRole('textbox', { name: /^Commentary on / });
  await dejeanNote.fill('Dejean notes that the Chinese party (中国共产党) sided with Moscow.');
  await dejeanNote.blur();
  await expect(items.nth(0).locator('.note-status')).toHaveText('Saved');
  await items.nth(1).getByRole('button', { name: 'Highlights only' }).click();
  await expect(items.nth(1).getByRole('button', { name: 'Highlights only' })).toHaveAttribute('aria-pressed', 'true');
  await items.nth(1).getByRole('button', { name: 'Full text' }).click();
  await editor.locator('.dossier-scroll').evaluate((el) => el.scrollTo(0, 0));
  await screenshot(page, 'dossier-editor');
  await editor.locator('#items-head').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await screenshot(page, 'dossier-editor-items');
  await editor.locator('.dossier-scroll').evaluate((el) => el.scrollTo(0, 0));

  // Export: progress, then the download.
  const download = page.waitForEvent('download');
  await editor.getByRole('button', { name: 'Export PDF…' }).click();
  await expect(editor.locator('.export-panel')).toBeVisible();
  await screenshot(page, 'dossier-export-progress');
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.pdf$/);
  const outDir = join(repoRoot, 'tests/output/pdf');
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, 'dossier-e2e.pdf');
  await file.saveAs(path);
  await expect(editor.locator('.export-panel.done')).toContainText('PDF ready');
  await expect(editor.locator('.export-warnings')).toBeVisible();
  await screenshot(page, 'dossier-export-done');

  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const pdf = await PDFDocument.load(bytes);
  expect(pdf.getPageCount()).toBeGreaterThan(3);
  expect(documentEntries(readOutline(pdf))).toEqual([DEJEAN, LEAHY, CAFFERY]);

  // The dossier survives a reload, in its new order, with its texts.
  await page.reload();
  await expect(page.locator('.dossier-editor .item-title')).toHaveText([DEJEAN, LEAHY, CAFFERY]);
  await expect(page.getByRole('textbox', { name: 'Introduction (Markdown)' })).toHaveValue(/Three moments/);
  await page.getByRole('button', { name: 'Sort by date' }).click();
  await expect(page.locator('.dossier-editor .item-title')).toHaveText([LEAHY, CAFFERY, DEJEAN]);

  // Ctrl+K from the dossiers view goes back to the library's search box.
  await page.locator('body').click();
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('combobox', { name: 'Search the library' })).toBeFocused();
});

test('rename and delete a dossier from the list', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('tab', { name: /Dossiers/ }).click();
  await page.getByRole('button', { name: 'New dossier' }).click();
  await page.getByRole('textbox', { name: 'Title of the new dossier' }).fill('Draft pack');
  await page.keyboard.press('Enter');
  const row = page.locator('.dossier-row');
  await expect(row).toHaveCount(1);
  await row.getByRole('button', { name: 'Rename Draft pack' }).click();
  const input = row.getByRole('textbox', { name: 'Dossier title' });
  await input.fill('Seminar reader');
  await input.press('Enter');
  await expect(row.locator('.dossier-row-title')).toHaveText('Seminar reader');
  await expect(page.locator('.dossier-editor').getByRole('textbox', { name: 'Dossier title' })).toHaveValue('Seminar reader');
  await row.getByRole('button', { name: 'Delete Seminar reader' }).click();
  await expect(row.locator('.dossier-confirm')).toContainText('Delete this dossier?');
  await row.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.locator('.dossier-row')).toHaveCount(0);
  await expect(page.locator('.dossier-editor')).toHaveCount(0);
  await expect(page.locator('.dossier-empty')).toBeVisible();
});
