import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { importCorpusVolume, screenshot } from './reader-flow';

const VOLUME = 'frus1918Russiav03.xml';
const importVolume = (page: Page): Promise<void> => importCorpusVolume(page, VOLUME);

/** Is `inner` wholly inside `outer` on screen? */
async function inside(inner: Locator, outer: Locator): Promise<boolean> {
  const a = await inner.boundingBox();
  const b = await outer.boundingBox();
  if (!a || !b) return false;
  return a.x >= b.x - 0.5 && a.y >= b.y - 0.5 && a.x + a.width <= b.x + b.width + 0.5 && a.y + a.height <= b.y + b.height + 0.5;
}

/** A new research note in the notes pane, its text box returned. */
async function newNote(page: Page): Promise<Locator> {
  await page.getByRole('tab', { name: 'Research notes' }).click();
  await page.getByRole('button', { name: 'New note' }).click();
  return page.getByRole('textbox', { name: 'Research note (Markdown)' });
}

test('[[ finds one telegram among a hundred look-alikes: by name, date or number, from the keyboard, inside the notes pane', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  await expect(page.locator('.list-count')).toHaveText('3 documents');
  await importVolume(page);

  const body = await newNote(page);
  await body.click();
  await body.pressSequentially('Francis reports on the Czechs: [[Francis', { delay: 5 });

  const list = page.getByRole('listbox', { name: 'Link to a document' });
  const options = list.getByRole('option');
  await expect(options.first()).toBeVisible();
  // Each look-alike title says which it is: number, date, volume.
  await expect(options.first().locator('.suggest-meta')).toHaveText(/^No\. \d+ · \d{1,2} \w{3} 1917 · FRUS 1918, Russia, vol. III$/);
  // More than a screenful: the list says how many, and how to narrow them.
  await expect(page.locator('.suggest-more')).toContainText(/of 156/);
  const pane = page.locator('.pane-notes');
  expect(await inside(list, pane), 'the list stays inside the notes pane').toBe(true);
  await screenshot(page, 'link-autocomplete');

  // Arrows move through the list, which scrolls to keep the choice in view.
  for (let i = 0; i < 14; i++) await body.press('ArrowDown');
  const chosen = list.locator('[aria-selected="true"]');
  await expect(chosen).toHaveCount(1);
  await expect(body).toHaveAttribute('aria-activedescendant', (await chosen.getAttribute('id')) ?? 'none');
  expect(await options.nth(14).getAttribute('aria-selected')).toBe('true');
  expect(await inside(chosen, list), 'the chosen option is scrolled into view').toBe(true);
  await body.press('ArrowUp');
  expect(await options.nth(13).getAttribute('aria-selected')).toBe('true');

  // Refine by typing a month: one telegram left.
  await body.pressSequentially(' 1918-07', { delay: 5 });
  await expect(options).toHaveCount(1);
  await expect(options.first()).toContainText('11 Jul 1918');
  await body.press('Enter');
  await expect(list).toBeHidden();
  await expect(body).toHaveValue(/Francis reports on the Czechs: \[\[doc:\d+\|The Secretary of State to the Ambassador in Russia \(Francis\)\]\]$/);

  // Esc closes the list and keeps what was typed.
  await body.pressSequentially(' and [[No. 4', { delay: 5 });
  await expect(options.first()).toContainText('No. 4 ·');
  await body.press('Escape');
  await expect(list).toBeHidden();
  await expect(body).toHaveValue(/ and \[\[No\. 4$/);
  await expect(body).toBeFocused();
});

test('[[ at the foot of a long note opens upwards, still inside the notes pane', async ({ page, host }) => {
  // A short window: under the note's last line there is no room left for the list.
  await page.setViewportSize({ width: 1280, height: 560 });
  await page.goto(host.url);
  await expect(page.locator('.list-count')).toHaveText('3 documents');
  const body = await newNote(page);
  await body.fill(Array.from({ length: 40 }, (_, i) => `Line ${i + 1}`).join('\n'));
  await body.press('End');
  await body.press('Control+End');
  await body.pressSequentially('\nSee [[amb', { delay: 5 });
  const list = page.getByRole('listbox', { name: 'Link to a document' });
  await expect(list.getByRole('option').first()).toBeVisible();
  expect(await inside(list, page.locator('.pane-notes')), 'the list stays inside the notes pane').toBe(true);
  const listBox = await page.locator('.link-suggest').boundingBox();
  const areaBox = await body.boundingBox();
  expect(listBox && areaBox && listBox.y + listBox.height < areaBox.y + areaBox.height, 'opened above the last line').toBe(true);
  await screenshot(page, 'link-autocomplete-upwards');
});

test('[[ a key typed just after choosing a link goes after it, even when the next frame comes late (a busy machine)', async ({ page, host }) => {
  // Each animation frame 300 ms late, as when the machine is busy: what waited for one ran after the next keys.
  await page.addInitScript(() => {
    const frame = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (cb) => window.setTimeout(() => frame(cb), 300);
  });
  await page.goto(host.url);
  await expect(page.locator('.list-count')).toHaveText('3 documents');
  const body = await newNote(page);
  await body.click();
  await body.pressSequentially('See [[amb', { delay: 5 });
  const list = page.getByRole('listbox', { name: 'Link to a document' });
  await expect(list.getByRole('option').first()).toBeVisible();
  await body.press('Enter');
  // A space before the late frame, the rest after it.
  await body.press(' ');
  await page.waitForTimeout(400);
  await body.pressSequentially('and more', { delay: 5 });
  await expect(body).toHaveValue(/^See \[\[doc:\d+\|[^\]]+\]\] and more$/);
  await screenshot(page, 'link-autocomplete-typed-after');
});

