import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';
import { expect, repoRoot, test } from './fixtures';
import { importFolder, screenshot } from './reader-flow';

async function textOf(file: Download): Promise<string> {
  let out = '';
  for await (const chunk of await file.createReadStream()) out += String(chunk);
  return out;
}

async function importNicaragua(page: Page): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'chancery-saved-'));
  mkdirSync(join(root, 'frus'));
  copyFileSync(join(repoRoot, 'tests/fixtures/corpus/frus1894Nicaragua.xml'), join(root, 'frus', 'frus1894Nicaragua.xml'));
  await importFolder(page, root);
}

/** The number of matches the list says (its text, not as the CSS shows it in capitals). */
const matches = (page: Page): Promise<number> =>
  page.locator('.list-count').textContent().then((t) => Number(/([\d,]+) match/.exec(t ?? '')?.[1]?.replace(/,/g, '') ?? NaN));

test('save a search and run it again; freeze a set and search within it; the research log and its Markdown', async ({ page, host }) => {
  test.setTimeout(150_000);
  await page.goto(host.url);
  await importNicaragua(page);
  const search = page.getByRole('combobox', { name: 'Search the library' });

  // The log first, so what follows is in it.
  await page.getByRole('button', { name: 'Saved searches and working sets' }).click();
  await page.getByRole('button', { name: 'Research log…' }).click();
  const logDialog = page.getByRole('dialog', { name: 'Research log' });
  await logDialog.getByRole('checkbox').check();
  await expect(logDialog.getByText('Nothing logged yet')).toBeVisible();
  await logDialog.getByRole('button', { name: 'Close' }).click();

  // A search with a year range and the date sort, saved under a name.
  await search.fill('Bluefields');
  await expect(page.locator('.list-count')).toHaveText(/matches/);
  await page.getByRole('group', { name: 'Sort results' }).getByRole('button', { name: 'Date' }).click();
  const all = await matches(page);
  await page.getByRole('button', { name: 'Keep every matching document as a named working set' }).click();
  const freeze = page.getByRole('dialog', { name: 'Keep every matching document as a named working set' });
  await freeze.getByRole('textbox').fill('Bluefields crisis');
  await expect(freeze.getByRole('button', { name: `Freeze ${all} documents` })).toBeVisible();
  await screenshot(page, 'saved-freeze-set');
  await freeze.getByRole('button', { name: /^Freeze/ }).click();
  await expect(page.locator('.toast').last()).toContainText(`Froze ${all} documents as “Bluefields crisis”`);

  await page.getByRole('button', { name: 'Save this search with its filters, to run it again' }).click();
  const save = page.getByRole('dialog', { name: 'Save this search with its filters, to run it again' });
  await save.getByRole('textbox').fill('Bluefields by date');
  await save.getByRole('button', { name: 'Save search' }).click();
  await expect(page.locator('.toast').last()).toContainText('Saved the search “Bluefields by date”');

  // Within the set: set:"…" in the query keeps only its documents.
  await search.fill('Gresham');
  await expect(page.locator('.list-count')).toHaveText(/match/);
  const gresham = await matches(page);
  await search.fill('Gresham set:"Bluefields crisis"');
  await expect(page.getByRole('list', { name: 'How the query was read' })).toContainText('within set: Bluefields crisis');
  await expect.poll(() => matches(page)).toBeLessThan(gresham);
  const within = await matches(page);
  expect(within).toBeGreaterThan(0);
  await screenshot(page, 'saved-search-within-set');

  // A mistyped set name is explained.
  await search.fill('Gresham set:"Boxer indemnity"');
  await expect(page.getByRole('region', { name: 'Why nothing matches' })).toContainText('no working set is named "Boxer indemnity". Working sets: "Bluefields crisis"');
  await screenshot(page, 'saved-unknown-set');

  // "Limit to set" beside the query does the same.
  await search.fill('Gresham');
  await page.getByRole('combobox', { name: 'Limit to set' }).selectOption('Bluefields crisis');
  await expect(page.getByRole('button', { name: 'Remove the filter Within set: Bluefields crisis' })).toBeVisible();
  await expect.poll(() => matches(page)).toBe(within);

  // Run the saved search again: its words, sort and no set limit come back.
  await page.getByRole('button', { name: 'Saved searches and working sets' }).click();
  const saved = page.getByRole('dialog', { name: 'Saved searches and working sets' });
  await expect(saved.getByRole('list', { name: 'Working sets' })).toContainText(`${all} documents · frozen`);
  await screenshot(page, 'saved-list');
  await saved.getByRole('button', { name: 'Bluefields by date' }).click();
  await expect(search).toHaveValue('Bluefields');
  await expect(page.getByRole('group', { name: 'Sort results' }).getByRole('button', { name: 'Date' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('combobox', { name: 'Limit to set' })).toHaveValue('');
  await expect.poll(() => matches(page)).toBe(all);

  // The log lists the searches; its Markdown has them in order with their counts.
  await page.getByRole('button', { name: 'Saved searches and working sets' }).click();
  await page.getByRole('button', { name: 'Research log…' }).click();
  await expect(logDialog.locator('.log-entries li').first()).toContainText('Bluefields');
  await screenshot(page, 'saved-research-log');
  const download = page.waitForEvent('download');
  await logDialog.getByRole('button', { name: 'Export as Markdown…' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^research-log-\d{4}-\d{2}-\d{2}\.md$/);
  const md = await textOf(file);
  expect(md).toMatch(/^# Research log/);
  const at = (s: string): number => md.indexOf(s);
  expect(at(`Searched \`Bluefields\` (sorted by date): ${all} documents`)).toBeGreaterThan(0);
  expect(at('Searched `Gresham set:"Bluefields crisis"`')).toBeGreaterThan(at('Searched `Bluefields`'));
  expect(md).toContain(`Searched \`Gresham\` (set: Bluefields crisis; sorted by date): ${within} documents`);

  // Clearing asks first.
  await logDialog.getByRole('button', { name: 'Clear the log…' }).click();
  await expect(logDialog.getByRole('alert')).toContainText('for good?');
  await logDialog.getByRole('button', { name: 'Keep them' }).click();
  await expect(logDialog.locator('.log-entries li').first()).toBeVisible();
});

test('export the citations of a selection of results, and of the whole result set', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  await importNicaragua(page);
  const search = page.getByRole('combobox', { name: 'Search the library' });
  await search.fill('Bluefields');
  await expect(page.locator('#hits .hit').first()).toBeVisible();
  await page.locator('#hits .hit').nth(0).getByRole('checkbox').check();
  await page.locator('#hits .hit').nth(2).getByRole('checkbox').check();
  const bar = page.getByRole('region', { name: 'Selected results' });
  await bar.getByRole('button', { name: 'Export the citations of the 2 selected documents' }).click();
  await screenshot(page, 'saved-selection-export');
  const ris = page.waitForEvent('download');
  await page.getByRole('menu', { name: 'Export the citations of the 2 selected documents' }).getByRole('menuitem', { name: /RIS/ }).click();
  const risText = await textOf(await ris);
  expect(risText.match(/^TY {2}- /gm)).toHaveLength(2);

  const total = await matches(page);
  await page.locator('.result-actions').getByRole('button', { name: `Export the citations of all ${total} documents matching` }).click();
  const bib = page.waitForEvent('download');
  await page.getByRole('menu', { name: `Export the citations of all ${total} documents matching` }).getByRole('menuitem', { name: 'BibTeX' }).click();
  const file = await bib;
  expect(file.suggestedFilename()).toBe('Bluefields.bib');
  expect((await textOf(file)).match(/^@\w+\{/gm)).toHaveLength(total);
});
