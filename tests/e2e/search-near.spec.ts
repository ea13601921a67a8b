import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, repoRoot, test } from './fixtures';
import { importFolder, screenshot } from './reader-flow';

test('a NEAR query shows each hit at the window where the words stand, highlighted; =word and phrases show what matched', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  await expect(page.locator('.list-count')).toHaveText('3 documents');
  const root = mkdtempSync(join(tmpdir(), 'chancery-near-'));
  mkdirSync(join(root, 'frus'));
  copyFileSync(join(repoRoot, 'tests/fixtures/corpus/frus1918Russiav03.xml'), join(root, 'frus', 'frus1918Russiav03.xml'));
  await importFolder(page, root);

  const search = page.getByRole('combobox', { name: 'Search the library' });
  const hits = page.locator('#hits .hit:not(.placeholder)');
  await search.fill('NEAR(railway Harbin, 5)');
  await expect(hits.first()).toBeVisible();
  const marks = hits.first().locator('.snippet mark');
  await expect(marks.first()).toBeVisible();
  const words = (await marks.allTextContents()).map((w) => w.toLowerCase());
  expect(words).toContain('harbin');
  expect(words.some((w) => w.startsWith('railway'))).toBe(true);
  // The inspector shows each word of the group, the second within the group's distance of the first.
  const inspector = page.getByRole('list', { name: 'How the query was read' });
  await expect(inspector.locator('li').nth(1)).toContainText('within 5');
  await screenshot(page, 'search-near-window');

  await search.fill('"Ways of Communication"');
  await expect(hits.first().locator('.snippet mark').first()).toHaveText(/^ways of communication$/i);
  for (const w of await hits.first().locator('.snippet mark').allTextContents()) expect(w.toLowerCase()).toBe('ways of communication');

  await search.fill('=contained');
  await expect(hits.first().locator('.snippet mark').first()).toHaveText(/^contained$/i);
  for (const w of await hits.locator('.snippet mark').allTextContents()) expect(w.toLowerCase()).toBe('contained');

  // Plain words: each hit's snippet stands at the first word that matched, and marks only the query's words.
  await search.fill('Vladivostok railway');
  // The list shows the new results once the first hit marks one of the new words (the =word results stay until then).
  await expect(hits.first().locator('.snippet mark').first()).toHaveText(/^(vladivostok|railway)/i);
  for (const hit of (await hits.all()).slice(0, 5)) {
    const marked = (await hit.locator('.snippet mark').allTextContents()).map((w) => w.toLowerCase());
    expect(marked.every((w) => w.startsWith('vladivostok') || w.startsWith('railway'))).toBe(true);
  }
  await screenshot(page, 'search-plain-words');

  // The help lists the new forms.
  await page.getByRole('button', { name: 'How to search' }).click();
  const help = page.getByRole('dialog', { name: 'How to search' });
  await expect(help).toContainText('NEAR(railway Harbin, 5)');
  await expect(help).toContainText('=contained');
  await expect(help).toContainText('adding finds adding, added, adds — not address');
  // It stays within the window, and its last lines scroll into view.
  const box = await help.boundingBox();
  const height = page.viewportSize()?.height ?? 0;
  expect(box && box.y + box.height <= height, 'the help ends within the window').toBe(true);
  const last = help.getByText('Under Refine, click or drag');
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport();
  await screenshot(page, 'search-help-near');
});
