import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, repoRoot, test } from './fixtures';
import { importFolder, screenshot } from './reader-flow';

const CORPUS = join(repoRoot, 'tests/fixtures/corpus');

async function importCorpus(page: Page): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'chancery-inspector-'));
  mkdirSync(join(root, 'frus'));
  for (const v of ['frus1894Nicaragua.xml', 'frus1918Russiav03.xml', 'frus1936v03.xml']) copyFileSync(join(CORPUS, v), join(root, 'frus', v));
  await importFolder(page, root);
}

test('the query inspector shows what the query became, and why nothing matched', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  await expect(page.locator('.list-count')).toHaveText('3 documents');
  await importCorpus(page);
  const search = page.getByRole('combobox', { name: 'Search the library' });
  const chips = page.getByRole('list', { name: 'How the query was read' }).getByRole('button');

  // Each term after stemming, with its documents; a stem that reaches other words is flagged and said.
  await search.fill('containment policies -japanese year:1936');
  await expect(chips).toHaveCount(4);
  const containment = chips.nth(0);
  await expect(containment).toContainText('containment');
  await expect(containment).toContainText('→ contain');
  await expect(containment).toHaveClass(/broader/);
  await expect(containment.locator('.qi-count')).toHaveText(/^\d[\d,]*$/);
  await expect(page.locator('.qi-line')).toContainText('also finds');
  // A plural's stem is no news: no arrow (its sentence names it).
  await expect(chips.nth(1)).not.toContainText('→');
  await expect(chips.nth(2)).toHaveClass(/excluded/);
  await expect(chips.nth(3)).toContainText('year: 1936');
  await expect(page.locator('#hits .hit').first()).toBeVisible();
  await screenshot(page, 'query-inspector');
  // Keyboard: Tab from the box reaches the chips; a focused chip says its sentence on the line.
  await chips.nth(1).focus();
  await expect(page.locator('.qi-line')).toContainText('“policies” is searched as “polici” (also policy)');

  // A word no document holds: named, with the nearest words of the library; one click searches it.
  await search.fill('Nicaragua telegarm');
  const why = page.getByRole('region', { name: 'Why nothing matches' });
  await expect(why).toContainText('No document holds telegarm');
  await why.getByRole('button', { name: 'telegram' }).click();
  await expect(search).toHaveValue('Nicaragua telegram');
  await expect(page.locator('#hits .hit').first()).toBeVisible();

  // Terms that each match but never together: the counts, and the pair.
  await search.fill('Bluefields Bolsheviks');
  await expect(why).toContainText('Each term matches, but no document holds them all');
  await expect(why).toContainText('bluefields and bolsheviks never meet in one document');
  await screenshot(page, 'query-inspector-zero');

  // A filter that leaves none of the matches.
  await search.fill('Bluefields year:1936');
  await expect(why).toContainText(/The words match [\d,]+ documents \(18\d\d–18\d\d\), but none in 1936\./);
  await screenshot(page, 'query-inspector-filtered');

  // The word being typed: the words starting as typed (adding, not address or administration), and its stem's forms.
  await search.fill('translated adding');
  const adding = chips.nth(1);
  await expect(adding).toContainText('adding…');
  await expect(adding).not.toContainText('→');
  await adding.focus();
  await expect(page.locator('.qi-line')).toContainText('“adding…” as typed: every word starting “adding”');
  const marked = page.locator('#hits .hit mark');
  await expect(marked.first()).toBeVisible();
  const words = (await marked.allTextContents()).map((w) => w.toLowerCase());
  expect(words.filter((w) => w.startsWith('ad') && !w.startsWith('adding') && !['add', 'added', 'adds'].includes(w))).toEqual([]);
  await screenshot(page, 'query-inspector-typing');
});
