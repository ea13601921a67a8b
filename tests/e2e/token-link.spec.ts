import { expect, test } from './fixtures';
import { screenshot } from './reader-flow';

test('without its link the page says how to open Chancery; an old ?token= link still opens it', async ({ page, host }) => {
  const origin = new URL(host.url).origin;
  await page.goto(`${origin}/`);
  await expect(page.getByRole('heading', { name: 'Open Chancery with its link' })).toBeVisible();
  await expect(page.getByText('Chancery browser mode: http://127.0.0.1:…/#token=…')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Search the library' })).toHaveCount(0);
  await screenshot(page, 'browser-no-token');

  const token = new URLSearchParams(new URL(host.url).hash.slice(1)).get('token') ?? '';
  await page.goto(`${origin}/?token=${token}`);
  await expect(page.locator('.list-count')).toHaveText('3 documents');
  expect(page.url()).toBe(`${origin}/`);
});

test('after a restart the old page says it has expired, and the new link, pasted into the same tab, opens it', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.locator('.list-count')).toHaveText('3 documents');
  await host.stop();
  const fresh = await host.start();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'This Chancery page has expired' })).toBeVisible();
  await screenshot(page, 'browser-token-expired');
  // Only the fragment differs from the address shown: no navigation, the page takes the new token itself.
  await page.goto(fresh);
  await expect(page.getByRole('heading', { name: 'This Chancery page has expired' })).toHaveCount(0);
  await expect(page.locator('.list-count')).toHaveText('3 documents');
  expect(page.url()).not.toContain('token');
});
