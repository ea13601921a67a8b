import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { expect, repoRoot, test } from './fixtures';
import { screenshot } from './reader-flow';

const run = promisify(execFile);

async function importVolume(libraryDir: string, file: string): Promise<void> {
  await run(join(repoRoot, 'node_modules/.bin/tsx'), ['src-main/cli/main.ts', '--library', libraryDir, 'import', join(repoRoot, 'tests/fixtures/corpus', file)], { cwd: repoRoot });
}

test('an editors’ link shows its card on hover and focus, opens its document, which lists it under Cited by', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.locator('.list-count')).toHaveText('3 documents');
  await importVolume(host.libraryDir, 'frus1894Nicaragua.xml');
  await expect(page.locator('.list-count')).not.toHaveText('3 documents', { timeout: 15_000 });

  const search = page.getByRole('combobox', { name: 'Search the library' });
  await search.fill('Braida Uhl');
  await page.locator('#hits .hit', { hasText: 'No. 25. Mr. Braida to Mr. Uhl.' }).first().click();
  const reader = page.locator('.reader-pane[data-pane="0"] article.document');
  await expect(reader.locator('h1.doc-title')).toHaveText('No. 25. Mr. Braida to Mr. Uhl.');

  // Hover: the card names the cited document, its date and first lines.
  const link = reader.locator('a.doc-link', { hasText: 'No. 32' });
  // hover() scrolls it into view and waits while the reader re-renders with the links it fetched.
  await link.hover();
  const card = reader.locator('.link-card');
  await expect(card).toBeVisible();
  await expect(card.locator('.link-card-title')).toHaveText(/^No\. 32\./);
  await expect(card.locator('.link-card-why')).toContainText('the editors link to document 32 of this volume');
  await screenshot(page, 'doc-link-card');

  // Keyboard: the link takes the focus and shows the same card.
  await page.mouse.move(0, 0);
  await expect(card).toHaveCount(0);
  await link.focus();
  await expect(card).toBeVisible();
  await expect(link).toHaveAttribute('aria-describedby', (await card.getAttribute('id')) ?? '');

  // Following it opens No. 32, whose Cited by lists No. 25.
  await link.press('Enter');
  await expect(reader.locator('h1.doc-title')).toHaveText(/^No\. 32\./);
  const citedBy = reader.locator('.cited-by');
  await expect(citedBy).toContainText('Cited by 1 document');
  const citing = citedBy.locator('.cited-by-doc', { hasText: 'No. 25. Mr. Braida to Mr. Uhl.' });
  await expect(citing).toContainText('“No. 32”');
  await citing.scrollIntoViewIfNeeded();
  await screenshot(page, 'doc-link-cited-by');

  // A Cited by entry opens in the other pane.
  await citing.click();
  const right = page.locator('.reader-pane[data-pane="1"] article.document');
  await expect(right.locator('h1.doc-title')).toHaveText('No. 25. Mr. Braida to Mr. Uhl.');
  await screenshot(page, 'doc-link-other-pane');
});

test('a link into a volume not in the library is marked, and its card says why', async ({ page, host }) => {
  await page.goto(host.url);
  await importVolume(host.libraryDir, 'frus1894Nicaragua.xml');
  await expect(page.locator('.list-count')).not.toHaveText('3 documents', { timeout: 15_000 });
  await page.getByRole('combobox', { name: 'Search the library' }).fill('Bayard Gresham 469');
  await page.locator('#hits .hit', { hasText: 'No. 15. Mr. Bayard to Mr. Gresham.' }).first().click();
  const reader = page.locator('article.document');
  const missing = reader.locator('a.doc-link.not-found');
  await expect(missing).toHaveText('Foreign Relations for that year, page 469');
  await missing.scrollIntoViewIfNeeded();
  await missing.hover();
  const card = reader.locator('.link-card');
  await expect(card).toContainText('Not in your library');
  await expect(card).toContainText('Foreign Relations, 1889, p. 469 — that volume is not in your library');
  await screenshot(page, 'doc-link-not-found');
  // Clicking it pins the card (for a touch screen) and goes nowhere: the same document stays open.
  await missing.click();
  await page.mouse.move(0, 0);
  await expect(card).toBeVisible();
  await expect(reader.locator('h1.doc-title')).toHaveText('No. 15. Mr. Bayard to Mr. Gresham.');
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
});

test('a reference found in the text with several candidates offers them, and each opens', async ({ page, host }) => {
  await page.goto(host.url);
  await importVolume(host.libraryDir, 'frus1894Nicaragua.xml');
  await expect(page.locator('.list-count')).not.toHaveText('3 documents', { timeout: 15_000 });
  // The text finder is plugged in separately: here its result is written as it would store it.
  const db = new Database(join(host.libraryDir, 'library.sqlite'));
  const id = (n: string): number => db.prepare("SELECT id FROM documents WHERE collection_id = 'frus1894Nicaragua' AND source_id = ?").pluck().get(n) as number;
  const [d25, d21, d32] = [id('d25'), id('d21'), id('d32')];
  const text = db.prepare('SELECT plain_text FROM documents WHERE id = ?').pluck().get(d25) as string;
  const phrase = 'your dispatch of to-day’s date';
  const start = text.indexOf(phrase);
  expect(start).toBeGreaterThan(0);
  const linkId = db
    .prepare("INSERT INTO doc_links (source_id, start, end, text, basis, status, why) VALUES (?, ?, ?, ?, 'text', 'ambiguous', ?)")
    .run(d25, start, start + phrase.length, phrase, 'two despatches of that date from the other end').lastInsertRowid;
  db.prepare('INSERT INTO doc_link_targets (link_id, rank, target_id) VALUES (?, 0, ?), (?, 1, ?)').run(linkId, d21, linkId, d32);
  db.close();

  await page.getByRole('combobox', { name: 'Search the library' }).fill('Braida Uhl');
  await page.locator('#hits .hit', { hasText: 'No. 25. Mr. Braida to Mr. Uhl.' }).first().click();
  const reader = page.locator('.reader-pane[data-pane="0"] article.document');
  const ref = reader.locator('a.doc-link.ambiguous', { hasText: phrase });
  await ref.scrollIntoViewIfNeeded();
  await ref.click();
  const card = reader.locator('.link-card');
  await expect(card.getByRole('button')).toHaveCount(2);
  await expect(card).toContainText('2 possible documents');
  await page.mouse.move(0, 0);
  await expect(card, 'a clicked card stays until dismissed').toBeVisible();
  await screenshot(page, 'doc-link-ambiguous');
  await card.getByRole('button', { name: /No\. 21\./ }).click();
  await expect(reader.locator('h1.doc-title')).toHaveText('No. 21. Mr. Braida to Mr. Uhl.');
  await expect(reader.locator('.cited-by')).toContainText('found in the text');
});
