import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, repoRoot, test } from './fixtures';
import { importCorpusVolume, screenshot } from './reader-flow';

const VOLUME = readFileSync(join(repoRoot, 'tests/fixtures/corpus/frus1918Russiav03.xml'));

test('result views: timeline opens a document, concordance sorts by right context, trend of two queries, exports', async ({ page, host }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(host.url);
  await page.locator('input[type=file][multiple]').setInputFiles([{ name: 'frus1918Russiav03.xml', mimeType: 'application/xml', buffer: VOLUME }]);
  await expect(page.getByRole('region', { name: 'Import report' })).toBeVisible({ timeout: 60_000 });
  const search = page.getByRole('combobox', { name: 'Search the library' });
  await search.fill('Vladivostok');
  await expect(page.locator('#hits .hit').first()).toBeVisible();
  await page.getByRole('button', { name: 'Timeline · Concordance · Trend' }).click();
  const panel = page.getByRole('dialog', { name: 'Result views' });

  // Timeline: few enough matches to draw each document; a dot opens it.
  await panel.getByRole('tab', { name: 'Timeline' }).click();
  const chart = panel.getByTestId('timeline-chart');
  await expect(panel.getByText(/Each dot is a document/)).toBeVisible();
  await expect(chart.locator('svg')).toBeVisible();
  await screenshot(page, 'result-views-timeline');
  const dots = chart.locator('svg path[fill="#8a3b12"]');
  expect(await dots.count()).toBeGreaterThan(10);
  const [svgDownload] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'SVG' }).click()]);
  const svg = readFileSync(await svgDownload.path(), 'utf8');
  expect(svg).toMatch(/^<svg/);
  expect(svg).toContain('#8a3b12');
  const [pngDownload] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'PNG' }).click()]);
  expect(readFileSync(await pngDownload.path()).subarray(1, 4).toString()).toBe('PNG');
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'CSV' }).click()]);
  const csv = readFileSync(await csvDownload.path(), 'utf8');
  expect(csv).toMatch(/^# Timeline for “Vladivostok”/);
  expect(csv.split('\n').length).toBeGreaterThan(10);
  // echarts attaches its click handling after drawing; on a loaded machine the first click can come before it.
  await expect(async () => {
    await dots.nth(3).click({ force: true });
    await expect(panel).toBeHidden({ timeout: 2000 });
  }).toPass({ timeout: 15_000 });
  await expect(page.locator('article.document h1.doc-title')).toBeVisible();

  // Concordance: sorted by the word after the keyword.
  await page.getByRole('button', { name: 'Timeline · Concordance · Trend' }).click();
  await panel.getByRole('tab', { name: 'Concordance' }).click();
  const lines = panel.locator('.kwic-line');
  await expect(lines.first()).toBeVisible();
  // The volume's sections (its index, the list of papers) are left out: the lines are the documents', dated.
  await expect(panel.locator('.kwic-doc').first()).not.toHaveText('undated');
  await expect(panel.locator('.method-note')).toContainText(/sections? \(index, lists\) left out/);
  await panel.getByRole('button', { name: 'Right context' }).click();
  await expect(panel.getByRole('button', { name: 'Right context' })).toHaveAttribute('aria-pressed', 'true');
  await expect(lines.first()).toBeVisible();
  const rights = await panel.locator('.kwic-right').allTextContents();
  const r1 = rights.map((r) => (r.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])[0] ?? '');
  expect(r1).toEqual([...r1].sort());
  await expect(panel.locator('.kwic-key').first()).toHaveText(/vladivostok/i);
  await screenshot(page, 'result-views-concordance');

  // Trend: the search and a second query, each year's share.
  await panel.getByRole('tab', { name: 'Term trend' }).click();
  await panel.getByRole('searchbox', { name: 'Another query to compare' }).fill('Siberia');
  await panel.getByRole('button', { name: 'Add' }).click();
  await expect(panel.getByText(/Term trend for “Vladivostok”, “Siberia”/)).toBeVisible();
  await expect(panel.getByTestId('trend-chart').locator('svg')).toBeVisible();
  await screenshot(page, 'result-views-trend');
  const [trendSvg] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'SVG' }).click()]);
  const trend = readFileSync(await trendSvg.path(), 'utf8');
  expect(trend).toContain('Vladivostok');
  expect(trend).toContain('Siberia');
  const [trendCsv] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'CSV' }).click()]);
  expect(readFileSync(await trendCsv.path(), 'utf8')).toMatch(/\n1918,Siberia,\d+,\d+,0\.\d+/);
});

test('concordance: a line of the document already open scrolls the reader to its occurrence and marks it', async ({ page, host }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(host.url);
  await page.locator('input[type=file][multiple]').setInputFiles([{ name: 'frus1918Russiav03.xml', mimeType: 'application/xml', buffer: VOLUME }]);
  await expect(page.getByRole('region', { name: 'Import report' })).toBeVisible({ timeout: 60_000 });
  await page.getByRole('combobox', { name: 'Search the library' }).fill('Vladivostok');
  await expect(page.locator('#hits .hit').first()).toBeVisible();
  const views = page.getByRole('button', { name: 'Timeline · Concordance · Trend' });
  await views.click();
  const panel = page.getByRole('dialog', { name: 'Result views' });
  await panel.getByRole('tab', { name: 'Concordance' }).click();
  const lines = panel.locator('.kwic-line');
  await expect(lines.first()).toBeVisible();
  // The document with the most lines: its first and its last occurrence lie far apart.
  const titles = await lines.evaluateAll((ls) => ls.map((l) => l.getAttribute('title') ?? ''));
  const counts = new Map<string, number>();
  for (const t of titles) counts.set(t, (counts.get(t) ?? 0) + 1);
  const [title] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [''];
  const first = titles.indexOf(title);
  const last = titles.lastIndexOf(title);
  expect(last).toBeGreaterThan(first);

  const scroller = page.locator('.reader-scroll').first();
  const marked = (): Promise<{ text: string; inView: boolean } | null> =>
    page.evaluate(() => {
      const h = CSS.highlights.get('occurrence');
      const range = h ? ([...h][0] as Range | undefined) : undefined;
      const box = document.querySelector('.reader-scroll')?.getBoundingClientRect();
      if (!range || !box) return null;
      const r = range.getBoundingClientRect();
      return { text: range.toString(), inView: r.height > 0 && r.top >= box.top - 2 /* the line is put at the very top */ && r.bottom <= box.bottom };
    });
  await lines.nth(first).click();
  await expect(panel).toBeHidden();
  await expect(page.locator('article.document h1.doc-title')).toBeVisible();
  await expect.poll(marked).toEqual({ text: expect.stringMatching(/^vladivostok$/i) as unknown as string, inView: true });
  const top = await scroller.evaluate((el) => el.scrollTop);

  // The same document, still open: the reader is not reopened, yet it goes to the later occurrence.
  await views.click();
  await lines.nth(last).click();
  await expect(panel).toBeHidden();
  await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(top);
  await expect.poll(marked).toEqual({ text: expect.stringMatching(/^vladivostok$/i) as unknown as string, inView: true });
  await screenshot(page, 'result-views-concordance-occurrence');
});

test('term trend over three volumes: years at their true distance on the axis, written without a thousands separator', async ({ page, host }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(host.url);
  for (const v of ['frus1894Nicaragua.xml', 'frus1918Russiav03.xml', 'frus1936v03.xml']) await importCorpusVolume(page, v);
  await page.getByRole('combobox', { name: 'Search the library' }).fill('minister');
  await expect(page.locator('#hits .hit').first()).toBeVisible();
  await page.getByRole('button', { name: 'Timeline · Concordance · Trend' }).click();
  const panel = page.getByRole('dialog', { name: 'Result views' });
  await panel.getByRole('tab', { name: 'Term trend' }).click();
  const chart = panel.getByTestId('trend-chart');
  await expect(chart.locator('svg')).toBeVisible();
  await screenshot(page, 'result-views-trend-years');
  // The axis labels: years between the volumes' (a category axis showed only 1894, 1917/1918 and 1936, evenly spaced).
  const labels = (await chart.locator('svg text').allTextContents()).filter((t) => /^\d[\d,]*$/.test(t));
  expect(labels.some((t) => t.includes(','))).toBe(false);
  const years = labels.map(Number);
  expect(years.some((y) => y > 1900 && y < 1915)).toBe(true);
  expect(years.some((y) => y > 1920 && y < 1935)).toBe(true);
  // The x of each year's point grows with the year: 1894 → 1918 is farther than 1918 → 1936, as on a calendar.
  const xOf = async (year: number): Promise<number> => {
    const label = chart.locator('svg text', { hasText: new RegExp(`^${year}$`) }).first();
    const box = await label.boundingBox();
    return box ? box.x + box.width / 2 : NaN;
  };
  const [a, b] = [years[0] ?? 0, years[years.length - 1] ?? 0];
  const [xa, xb] = [await xOf(a), await xOf(b)];
  expect((xb - xa) / (b - a)).toBeGreaterThan(0);
  const [csv] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'CSV' }).click()]);
  const rows = readFileSync(await csv.path(), 'utf8');
  expect(rows).toMatch(/\n1894,minister,\d+,\d+,/);
  expect(rows).toMatch(/\n1936,minister,\d+,\d+,/);
});
