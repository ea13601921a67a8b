import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, repoRoot, test } from './fixtures';
import { screenshot } from './reader-flow';

const CORPUS = join(repoRoot, 'tests/fixtures/corpus');
const fmt = (n: number): string => n.toLocaleString('en-GB');

async function importCorpus(page: Page): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'chancery-scale-'));
  mkdirSync(join(root, 'frus'));
  for (const v of ['frus1894Nicaragua.xml', 'frus1918Russiav03.xml', 'frus1936v03.xml']) copyFileSync(join(CORPUS, v), join(root, 'frus', v));
  await page.getByTestId('import-folder').setInputFiles(root);
  const report = page.getByRole('region', { name: 'Import report' });
  await expect(report).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('.list-count')).toHaveText('1,205 documents and 19 sections');
  await report.getByRole('button', { name: 'Close the import report' }).click();
}

async function total(page: Page): Promise<number> {
  const text = (await page.locator('.list-count').textContent()) ?? '';
  const m = /^([\d,]+) match/.exec(text);
  return m?.[1] ? Number(m[1].replace(/,/g, '')) : -1;
}

test('search at scale: snippets, facets, a year range dragged on the histogram, a long list scrolled to its end', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  await expect(page.locator('.list-count')).toHaveText('3 documents');
  await importCorpus(page);
  const search = page.getByRole('combobox', { name: 'Search the library' });
  const hits = page.locator('#hits .hit:not(.placeholder)');

  // Results with highlighted snippets.
  await search.fill('petroleum');
  await expect(hits.first()).toBeVisible();
  await expect(hits.first().locator('.snippet mark').first()).toHaveText(/^petroleum$/i);
  const broad = await total(page);
  expect(broad).toBeGreaterThan(1);
  await screenshot(page, 'search-results');

  // A facet: the sender of most of these; the count becomes the facet's.
  await page.getByRole('button', { name: 'Sender', exact: true }).click();
  const sender = page.locator('.facet-values .facet-item').first();
  const name = (await sender.locator('.facet-name').textContent()) ?? '';
  const count = Number(((await sender.locator('.facet-num').textContent()) ?? '').replace(/,/g, ''));
  expect(count).toBeLessThanOrEqual(broad);
  await sender.click();
  await expect(page.locator('.list-count')).toHaveText(new RegExp(`^${fmt(count)} match`));
  await expect(page.locator('.filter-chip')).toHaveText([`From: ${name}×`]);
  await screenshot(page, 'search-facet');
  await page.locator('.filter-chip').click();
  await expect(page.locator('.filter-chip')).toHaveCount(0);
  await expect(page.locator('.list-count')).toHaveText(new RegExp(`^${fmt(broad)} match`));

  // The collection facet shows volume titles.
  await page.getByRole('button', { name: 'Collection', exact: true }).click();
  const volume = page.locator('.facet-values .facet-item', { hasText: '1936' }).first();
  const volumeCount = Number(((await volume.locator('.facet-num').textContent()) ?? '').replace(/,/g, ''));
  await volume.click();
  await expect(page.locator('.list-count')).toHaveText(new RegExp(`^${fmt(volumeCount)} match`));
  await page.locator('.filter-chip').click();

  // Every document: drag across the histogram from 1918 to 1936.
  await search.fill('');
  await page.getByRole('button', { name: 'Collection', exact: true }).click();
  await expect(page.locator('.list-count')).toHaveText('1,205 documents and 19 sections');
  // Bars are years, or decades when the span is wide: take those holding 1918 and 1936.
  const bars = await page.locator('.year-bar').evaluateAll((els) =>
    els.map((e) => ({ from: Number(e.getAttribute('data-from')), to: Number(e.getAttribute('data-to')), count: Number(e.getAttribute('data-count')) })),
  );
  const lo = bars.find((x) => x.from <= 1918 && 1918 <= x.to);
  const hi = bars.find((x) => x.from <= 1936 && 1936 <= x.to);
  if (!lo || !hi) throw new Error(`no bars for 1918 and 1936: ${JSON.stringify(bars)}`);
  const sum = bars.filter((x) => x.from >= lo.from && x.to <= hi.to).reduce((t, x) => t + x.count, 0);
  expect(sum).toBeGreaterThan(0);
  const a = await page.locator(`.year-bar[data-from="${lo.from}"]`).boundingBox();
  const b = await page.locator(`.year-bar[data-from="${hi.from}"]`).boundingBox();
  if (!a || !b) throw new Error('no histogram bars');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height - 4);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, a.y + a.height - 4, { steps: 4 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height - 4, { steps: 4 });
  await page.mouse.up();
  await expect(page.locator('.filter-chip')).toHaveText([`${lo.from}–${hi.to}×`]);
  await expect(page.locator('.list-count')).toHaveText(new RegExp(`^${fmt(sum)} match`));
  await expect(hits.first()).toBeVisible();
  // The histogram keeps the whole span, the range picked out in it.
  await expect(page.locator('.year-bar')).toHaveCount(bars.length);
  await screenshot(page, 'search-years');
  const metas = await hits.locator('.doc-row-meta').allTextContents();
  expect(metas.length).toBeGreaterThan(3);
  for (const m of metas) {
    const year = Number(/\b(1[89]\d\d)\b/.exec(m)?.[1]);
    expect(year, m).toBeGreaterThanOrEqual(lo.from);
    expect(year, m).toBeLessThanOrEqual(hi.to);
  }

  // The same from the keyboard: Escape clears the range; Home, arrows to 1918, Shift+arrows to 1936, Enter.
  await page.getByRole('group', { name: /Documents per year/ }).focus();
  await page.keyboard.press('Escape');
  await expect(page.locator('.filter-chip')).toHaveCount(0);
  await expect(page.locator('.list-count')).toHaveText('1,205 documents and 19 sections');
  const [iLo, iHi] = [bars.indexOf(lo), bars.indexOf(hi)];
  await page.keyboard.press('Home');
  for (let i = 0; i < iLo; i++) await page.keyboard.press('ArrowRight');
  for (let i = iLo; i < iHi; i++) await page.keyboard.press('Shift+ArrowRight');
  await expect(page.locator('.year-caption')).toHaveText(new RegExp(`^${lo.from}.${hi.to}: ${fmt(sum)}$`));
  await expect(page.locator('.year-bar.dragged')).toHaveCount(iHi - iLo + 1);
  await screenshot(page, 'search-years-keyboard');
  await page.keyboard.press('Enter');
  await expect(page.locator('.filter-chip')).toHaveText([`${lo.from}–${hi.to}×`]);
  await expect(page.locator('.list-count')).toHaveText(new RegExp(`^${fmt(sum)} match`));

  // A long result, sorted by date: scroll to its end; only a window of rows is in the DOM.
  await page.locator('.filter-chip').click();
  await search.fill('the');
  await page.getByRole('button', { name: 'Date', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Date', exact: true })).toHaveAttribute('aria-pressed', 'true');
  // Wait for the answer without the year range: until it lands, the count is the range's (a few hundred).
  await expect(page.locator('.filter-chip')).toHaveCount(0);
  const n = await expect.poll(() => total(page)).toBeGreaterThan(1_100).then(() => total(page));
  // Pages come as rows scroll into view; until then the rows are placeholders (the host is slowed here to see them).
  await page.route('**/api/library.search', async (route) => {
    await new Promise((done) => setTimeout(done, 700));
    await route.fallback();
  });
  // On a loaded machine the list may not yet be as tall as its rows: the middle would still be the first page.
  await expect.poll(() => page.locator('#hits').evaluate((el) => el.scrollHeight)).toBeGreaterThan(50_000);
  await page.locator('#hits').evaluate((el) => {
    el.scrollTop = el.scrollHeight / 2;
  });
  await expect(page.locator('#hits .hit.placeholder').first()).toBeVisible();
  await screenshot(page, 'search-placeholders');
  await expect(page.locator('#hits .hit.placeholder')).toHaveCount(0);
  await page.unroute('**/api/library.search');
  await page.locator('#hits').evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  const last = page.locator(`#hit-${n - 1}`);
  await expect(last.locator('.hit-title')).not.toHaveText('', { timeout: 15_000 });
  await expect(last).not.toHaveClass(/placeholder/);
  await expect(page.locator('#hits .hit.placeholder')).toHaveCount(0);
  const inDom = await page.locator('#hits .hit').count();
  expect(inDom).toBeLessThan(40);
  expect(inDom).toBeLessThan(n / 10);
  await screenshot(page, 'search-scrolled');

  // Keyboard: ↓ and Enter open the first hit.
  await search.press('ArrowDown');
  await search.press('Enter');
  await expect(page.locator('article.document h1.doc-title')).toBeVisible();

  // Query help and the hint for a malformed query.
  await page.getByRole('button', { name: 'How to search' }).click();
  await expect(page.getByRole('dialog', { name: 'How to search' })).toContainText('date:1947-11..1948-02');
  await screenshot(page, 'search-help');
  await page.keyboard.press('Escape');
  await search.fill('"Red Army');
  await expect(page.locator('.search-hint')).toContainText('quote');

  // Browsing the whole library, by date: rows get their details as they come into view, down to the last.
  await search.fill('');
  await page.getByRole('button', { name: 'By date' }).click();
  const browse = page.locator('#browse');
  await expect(browse.locator('.doc-row:not(.placeholder)').first()).toBeVisible();
  await browse.evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  // By date the list is all 1,205 documents and 19 sections: the last row is row 1,223, filled in once its details arrive.
  await expect(browse.locator('#row-1223 .doc-row-title')).not.toHaveText('');
  await expect(browse.locator('.doc-row.placeholder')).toHaveCount(0);
  const titles = await browse.locator('.doc-row-title').allTextContents();
  expect(titles.length).toBeGreaterThan(5);
  for (const t of titles) expect(t.trim()).not.toBe('');
  expect(await browse.locator('.doc-row').count()).toBeLessThan(60);
  await screenshot(page, 'browse-by-date-end');
});
