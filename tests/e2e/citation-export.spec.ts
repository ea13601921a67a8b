import type { Download } from '@playwright/test';
import { expect, test } from './fixtures';
import { CAFFERY, screenshot } from './reader-flow';

async function textOf(file: Download): Promise<string> {
  let out = '';
  for await (const chunk of await file.createReadStream()) out += String(chunk);
  return out;
}

test('export the open document’s citation as RIS and as a Chicago note, downloaded', async ({ page, host }) => {
  await page.goto(host.url);
  await page.locator('.doc-row', { hasText: CAFFERY }).click();
  await expect(page.locator('article.document h1.doc-title')).toHaveText(CAFFERY);
  const reader = page.locator('.reader-pane');

  await reader.getByRole('button', { name: 'Export the citations of this document' }).click();
  const menu = page.getByRole('menu', { name: 'Export the citations of this document' });
  await expect(menu.getByRole('menuitem')).toHaveText(['RIS — Zotero, EndNote', 'BibTeX', 'CSL-JSON', 'Chicago notes (text)', 'Chicago bibliography (text)']);
  const ris = page.waitForEvent('download');
  await menu.getByRole('menuitem', { name: /RIS/ }).click();
  const risFile = await ris;
  expect(risFile.suggestedFilename()).toBe('The-Ambassador-in-France-Caffery-to-the-Secretary-of-State.ris');
  const risText = await textOf(risFile);
  expect(risText).toMatch(/^TY {2}- /m);
  expect(risText).toContain(`TI  - ${CAFFERY}`);
  await expect(page.getByRole('status').filter({ hasText: /^Saved / })).toBeVisible();
  await screenshot(page, 'citation-export-menu');

  const note = page.waitForEvent('download');
  await menu.getByRole('menuitem', { name: 'Chicago notes (text)' }).click();
  const noteText = await textOf(await note);
  expect(noteText).toMatch(new RegExp(`^1\\. “${CAFFERY.replace(/[()]/g, '\\$&')},”`));
});

test('export a dossier’s citations as BibTeX from the dossier view', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('tab', { name: /Dossiers/ }).click();
  await page.getByRole('button', { name: 'New dossier' }).click();
  await page.getByRole('textbox', { name: 'Title of the new dossier' }).fill('Caffery 1947');
  await page.getByRole('button', { name: 'Create' }).click();
  await page.getByRole('tab', { name: 'Library' }).click();
  await page.locator('.doc-row', { hasText: CAFFERY }).click();
  await page.locator('.reader-pane').getByRole('button', { name: 'Add to dossier', exact: true }).click();
  const picker = page.getByRole('dialog', { name: 'Add to dossier' });
  await picker.getByRole('button', { name: 'Caffery 1947' }).click();
  await page.locator('.toast').last().getByRole('button', { name: 'Open dossier' }).click();
  await expect(page.locator('.dossier-editor .dossier-item')).toHaveCount(1);

  await page.getByRole('button', { name: "Export the citations of this dossier's documents" }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'BibTeX' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Caffery-1947.bib');
  const bib = await textOf(file);
  expect(bib.match(/^@\w+\{/gm)).toHaveLength(1);
  expect(bib).toContain('Caffery');
  await screenshot(page, 'citation-export-dossier');
});
