import { test } from './fixtures';
import { expectRestored, screenshot, searchOpenAndNote } from './reader-flow';

test('search, read with footnotes and page markers, and keep a note across a reload', async ({ page, host }) => {
  await page.goto(host.url);
  await screenshot(page, 'browser-start');
  const note = await searchOpenAndNote(page, 'browser');
  await page.reload();
  await expectRestored(page, note);
});
