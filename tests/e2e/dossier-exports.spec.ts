import { readFileSync } from 'node:fs';
import type { Download } from '@playwright/test';
import { expect, test } from './fixtures';
import { screenshot } from './reader-flow';

const TITLE = 'Exports 1947';

test('a dossier exports as DOCX, HTML, RIS, BibTeX and CSL-JSON from the dossier page', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.locator('.list-count')).toHaveText('3 documents');
  await page.getByRole('tab', { name: /Dossiers/ }).click();
  await page.getByRole('button', { name: 'New dossier' }).click();
  await page.getByRole('textbox', { name: 'Title of the new dossier' }).fill(TITLE);
  await page.getByRole('button', { name: 'Create' }).click();

  await page.getByRole('tab', { name: 'Library' }).click();
  await page.getByRole('combobox', { name: 'Search the library' }).fill('Secretary');
  const hits = page.locator('#hits .hit');
  await expect(hits).toHaveCount(2);
  await hits.nth(0).getByRole('checkbox').check();
  await hits.nth(1).getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Add 2 to dossier…' }).click();
  await page.getByRole('dialog', { name: 'Add to dossier' }).getByRole('button', { name: TITLE }).click();
  await page.getByRole('tab', { name: /Dossiers/ }).click();
  await page.getByRole('button', { name: TITLE }).first().click();

  const editor = page.locator('.dossier-editor');
  const exportAs = async (value: string): Promise<{ name: string; body: Buffer }> => {
    await editor.getByRole('combobox', { name: 'Export format' }).selectOption(value);
    const downloaded: Promise<Download> = page.waitForEvent('download');
    await editor.getByRole('button', { name: 'Export…' }).click();
    const download = await downloaded;
    return { name: download.suggestedFilename(), body: readFileSync((await download.path()) ?? '') };
  };
  await screenshot(page, 'dossier-other-exports');
  // Citations come from their own menu beside the other exports.
  const citations = async (label: string): Promise<{ name: string; body: Buffer }> => {
    await editor.getByRole('button', { name: "Export the citations of this dossier's documents" }).click();
    const downloaded: Promise<Download> = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: label }).click();
    const download = await downloaded;
    // The menu stays open to say the file was saved; Escape closes it.
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    await page.keyboard.press('Escape');
    return { name: download.suggestedFilename(), body: readFileSync((await download.path()) ?? '') };
  };

  const ris = await citations('RIS — Zotero, EndNote');
  expect(ris.name).toBe('Exports-1947.ris');
  expect(ris.body.toString('utf8').match(/^TY {2}- /gm)).toHaveLength(2);
  const bib = await citations('BibTeX');
  expect(bib.name).toBe('Exports-1947.bib');
  expect(bib.body.toString('utf8').match(/^@\w+\{/gm)).toHaveLength(2);
  const json = JSON.parse((await citations('CSL-JSON')).body.toString('utf8')) as Array<{ title: string }>;
  expect(json.map((i) => i.title).join(' | ')).toContain('Secretary of State');
  const html = await exportAs('html');
  expect(html.name).toBe('Exports-1947.html');
  expect(html.body.toString('utf8')).toContain(`<h1>${TITLE}</h1>`);
  const docx = await exportAs('docx');
  expect(docx.name).toBe('Exports-1947.docx');
  expect(docx.body.subarray(0, 2).toString()).toBe('PK');
});
