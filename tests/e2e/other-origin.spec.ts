import type { Locator, Page } from '@playwright/test';
import { expect, test, type Host } from './fixtures';
import { startOtherServer, type OtherServer } from './other-server';

let other: OtherServer;
test.beforeEach(async () => {
  other = await startOtherServer();
});
test.afterEach(async () => {
  await other.close();
});

/** The token, wherever the printed link carries it. */
const tokenOf = (link: string): string => {
  const url = new URL(link);
  return new URLSearchParams(url.hash.slice(1)).get('token') ?? url.searchParams.get('token') ?? '';
};

test('the token never reaches another server on 127.0.0.1, and that server cannot call the API', async ({ page, host }) => {
  const token = tokenOf(host.url);
  expect(token.length).toBeGreaterThan(40);
  await page.goto(host.url);
  await expect(page.locator('.list-count')).toHaveText('3 documents');
  // The address bar (and so history and bookmarks) no longer shows it.
  expect(page.url()).not.toContain(token);

  await page.goto(`${other.origin}/`);
  await expect(page.getByText('Another local server')).toBeVisible();
  // Nothing of the token reached the other server: no cookie, not in a URL, header or body.
  expect(other.seen.length).toBeGreaterThan(0);
  expect(other.seen.map((r) => r.headers.cookie ?? '')).toEqual(other.seen.map(() => ''));
  expect(JSON.stringify(other.seen)).not.toContain(token);
  expect(await page.evaluate(() => document.cookie)).toBe('');

  const chancery = new URL(host.url).origin;
  // A page there tries the API: with a guessed token (a CORS call) and as a "simple" request that needs no preflight.
  const outcomes = await page.evaluate(async (api) => {
    const tries: RequestInit[] = [
      { method: 'POST', headers: { 'content-type': 'application/json', 'x-chancery-token': 'guess' }, body: '{"query":"Thorez"}', credentials: 'include' },
      { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"Thorez"}', credentials: 'include', mode: 'no-cors' },
    ];
    const out: string[] = [];
    for (const init of tries) {
      try {
        const r = await fetch(api, init);
        out.push(`${r.type} ${r.status} ${r.type === 'opaque' ? '' : await r.text()}`);
      } catch {
        out.push('refused');
      }
    }
    return out;
  }, `${chancery}/api/library.search`);
  // The first fails its preflight; the second is refused by the host (its Origin) and withheld by the browser
  // (Cross-Origin-Resource-Policy). tests/host checks the host's refusals one by one.
  expect(outcomes).toEqual(['refused', 'refused']);
});

/** Opens a document and writes `lines` as its note; returns the note's preview. */
async function writeNote(page: Page, host: Host, lines: string[]): Promise<Locator> {
  await page.goto(host.url);
  await page.getByRole('combobox', { name: 'Search the library' }).fill('Thorez');
  await page.locator('#hits .hit').first().click();
  const note = page.getByRole('textbox', { name: /Note for this document/ });
  await expect(note).toBeEditable();
  await note.fill(lines.join('\n'));
  return page.locator('.note-preview');
}

test('remote media in a note are dropped, not left for the CSP to block', async ({ page, host }) => {
  const preview = await writeNote(page, host, [
    `See [the other page](${other.origin}/landing).`,
    '',
    `<video src="${other.origin}/v.mp4" poster="${other.origin}/p.png" controls></video>`,
    '',
    `<table background="${other.origin}/bg.png"><tr><td>cell</td></tr></table>`,
    '',
    `<svg width="10" height="10"><image href="${other.origin}/i.svg" width="10" height="10"></image><rect fill="url(${other.origin}/p.svg#g)" width="5" height="5"></rect></svg>`,
  ]);
  await expect(preview.getByRole('link', { name: 'the other page' })).toBeVisible();
  await expect(preview.locator('video')).toHaveCount(1);
  // Only the link still names the other server; nothing that would load from it by itself.
  const remote = await preview.evaluate((root, origin) => {
    const found: string[] = [];
    for (const el of root.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        if (attr.value.includes(origin) && !(el.localName === 'a' && attr.name === 'href')) found.push(`${el.localName} ${attr.name}`);
      }
    }
    return found;
  }, other.origin);
  expect(remote).toEqual([]);
});

test('a link in a note opens only after a confirmation, in a tab that learns nothing of Chancery', async ({ page, host, context }) => {
  const landing = `${other.origin}/landing`;
  const preview = await writeNote(page, host, [`See [the other page](${landing}).`]);
  const link = preview.getByRole('link', { name: 'the other page' });
  const asked: string[] = [];
  let accept = false;
  page.on('dialog', (d) => {
    asked.push(d.message());
    void (accept ? d.accept() : d.dismiss());
  });
  // Clicked, then middle-clicked (which would open a tab unasked): asked both times, declined, nothing opens.
  await link.click();
  await expect.poll(() => asked).toEqual([`Open ${landing} in your browser?`]);
  await link.click({ button: 'middle' });
  await expect.poll(() => asked.length).toBe(2);
  await page.waitForTimeout(300);
  expect(context.pages()).toHaveLength(1);
  expect(other.seen.filter((r) => r.url === '/landing')).toEqual([]);

  // Confirmed: it opens in a new tab, which tells the other server nothing about Chancery.
  accept = true;
  const opened = context.waitForEvent('page');
  await link.click();
  const tab = await opened;
  await expect(tab.getByText('Another local server')).toBeVisible();
  const visit = other.seen.find((r) => r.url === '/landing');
  expect(visit?.headers.referer).toBeUndefined();
  expect(visit?.headers.cookie).toBeUndefined();
  expect(JSON.stringify(other.seen)).not.toContain(tokenOf(host.url));
});
