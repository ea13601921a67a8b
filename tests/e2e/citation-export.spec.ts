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
