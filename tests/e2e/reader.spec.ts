import { expect, test } from './fixtures';
import { expectRestored, screenshot, searchOpenAndNote } from './reader-flow';

test('search, read with footnotes and page markers, and keep a note across a reload', async ({ page, host }) => {
  await page.goto(host.url);
  await screenshot(page, 'browser-start');
  const note = await searchOpenAndNote(page, 'browser');
  await page.reload();
  await expectRestored(page, note);
});

test('a note typed while the library is down is kept as a local draft, and saved when it is back', async ({ page, host }) => {
  await page.goto(host.url);
  const saved = await searchOpenAndNote(page, 'draft');
  const notes = page.getByRole('textbox', { name: /Note for this document/ });
  const status = page.locator('.note-status');
  // The host goes away (a crash of the app's main process): every save fails, the one sent as the page goes away too.
  await host.stop();
  await notes.click();
  await notes.press('End');
  await notes.pressSequentially(' Typed while the library was down.', { delay: 5 });
  await expect(status).toHaveText('Not saved — retrying');
  // The window closes (its last-moment save fails too), and opens again once the library is back: the draft is all there is.
  await page.goto('about:blank');
  await page.goto(await host.start());
  await expect(notes).toHaveValue(`${saved} Typed while the library was down.`);
  await expect(status).toHaveText('Saved');
  // It is in the library now, not only in the draft.
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('chancery.noteDraft.')) localStorage.removeItem(key);
  });
  await page.reload();
  await expect(notes).toHaveValue(`${saved} Typed while the library was down.`);
  await expect(status).toHaveText(/^Last saved /);
});
