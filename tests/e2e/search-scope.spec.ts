import { expect, test } from './fixtures';
import { screenshot } from './reader-flow';

test('in:notes in the search box lists only note hits, in:documents only documents', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.locator('.list-count')).toHaveText('3 documents');
  // Browser mode's token rides in the link's fragment and goes in a header (there is no cookie).
  const token = new URLSearchParams(new URL(host.url).hash.slice(1)).get('token') ?? '';
  const made = await page.request.post(new URL('/api/notes.create', host.url).href, {
    headers: { 'x-chancery-token': token },
    data: { title: 'Moscow and the strikes', body: 'Moscow ordered the strikes, says the Interior Ministry.' },
  });
  expect((await made.json()) as unknown).toMatchObject({ ok: true });

  const search = page.getByRole('combobox', { name: 'Search the library' });
  const docHits = page.locator('#hits .hit');
  const noteHits = page.locator('.note-hits .note-hit');
  await search.fill('Moscow');
  await expect(noteHits).toHaveCount(1);
  await expect(docHits.first()).toBeVisible();

  await search.fill('in:notes Moscow');
  await expect(noteHits).toHaveCount(1);
  await expect(noteHits.first()).toContainText('Moscow and the strikes');
  await expect(docHits).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Show' }).getByRole('button', { name: /^Notes/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.list-count')).toHaveText('1 in notes');
  await screenshot(page, 'search-in-notes');

  await search.fill('Moscow in:documents');
  await expect(docHits.first()).toBeVisible();
  await expect(noteHits).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Show' }).getByRole('button', { name: /^Documents/ })).toHaveAttribute('aria-pressed', 'true');

  // Choosing a tab replaces the query's in: (the box and the tabs never disagree).
  await page.getByRole('group', { name: 'Show' }).getByRole('button', { name: /^All/ }).click();
  await expect(search).toHaveValue('Moscow');
  await expect(noteHits).toHaveCount(1);
  await expect(docHits.first()).toBeVisible();
});
