import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openOrRecover, startRecoveryHost, type RecoveryHost } from '../../src-main/browser-host/recovery-host';
import { startBrowserHost, type BrowserHost } from '../../src-main/browser-host/server';
import { createCore, type Core } from '../../src-main/core/core';
import { createHandlers } from '../../src-main/core/handlers';
import { damageTable } from '../helpers/damage';
import { damagedLibrary } from '../helpers/damaged-library';
import { tempDir } from '../helpers/temp-dir';

const hosts: Array<RecoveryHost | BrowserHost> = [];
const cores: Core[] = [];
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close();
  for (const c of cores.splice(0)) c.close();
});

const damaged = () => damagedLibrary({ backedUp: 'Kept in the backup.' });

/** The recovery page has no script: its token comes in the link's query and goes back in each form, never in a cookie. */
function client(host: { port: number; token: string }) {
  const origin = `http://127.0.0.1:${host.port}`;
  return {
    origin,
    get: (path: string, token: string | null = host.token) => fetch(origin + path + (token === null ? '' : `?token=${token}`), { redirect: 'manual' }),
    restore: (backup: string, headers: Record<string, string> = { origin }, token: string | null = host.token) =>
      fetch(`${origin}/restore`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body: new URLSearchParams({ backup, ...(token === null ? {} : { token }) }).toString(),
        redirect: 'manual',
      }),
  };
}

describe('browser-mode recovery page', () => {
  it('explains the damage, lists the backups and restores one from a form post, then reopens the library', async () => {
    const { lib, id, backup } = await damaged();
    let reopened: Core | null = null;
    const host = await startRecoveryHost({ libraryDir: lib, reason: 'the notes table: Tree 18 page 18', reopen: () => (reopened = createCore({ libraryDir: lib })) });
    hosts.push(host);
    const c = client(host);

    const page = await c.get('/');
    expect(page.status).toBe(200);
    expect(page.headers.get('set-cookie')).toBeNull();
    expect(page.headers.get('referrer-policy')).toBe('same-origin');
    expect(page.headers.get('content-security-policy')).toContain("form-action 'self'");
    const html = await page.text();
    expect(html).toContain('Chancery could not open your library');
    expect(html).toContain('the notes table: Tree 18 page 18');
    expect(html).toContain(`name="backup" value="${backup}"`);
    expect(html).toMatch(/Restore the backup of \d{4}-\d\d-\d\d \d\d:\d\d/);

    const done = await c.restore(backup);
    expect(done.status).toBe(200);
    const text = await done.text();
    expect(text).toContain(`Restored ${backup}`);
    expect(text).toContain('Edits made after that are not in the restored library.');
    expect(text).toContain(`<a href="/#token=${host.token}">Open Chancery</a>`);
    await host.done;
    const core = reopened as Core | null;
    if (core) cores.push(core);
    expect(core?.notes.get(id)?.body).toBe('Kept in the backup.');
    expect(readdirSync(join(lib, 'backups')).some((f) => f.startsWith('library-damaged-'))).toBe(true);
  });

  it('keeps the token, Host and Origin checks, and refuses a backup that does not verify', async () => {
    const { lib, backup } = await damaged();
    damageTable(join(lib, 'backups', backup), 'notes');
    const host = await startRecoveryHost({ libraryDir: lib, reason: 'damaged', reopen: () => undefined });
    hosts.push(host);
    const c = client(host);
    expect((await c.get('/', null)).status).toBe(401);
    expect((await c.get('/', 'not-the-token')).status).toBe(401);
    expect((await c.restore(backup, { origin: c.origin }, null)).status).toBe(401);
    expect((await c.restore(backup, { origin: 'https://evil.example' })).status).toBe(403);
    // A form post without an Origin is not from our page.
    expect((await c.restore(backup, {})).status).toBe(403);
    expect(await (await c.get('/')).text()).toContain('Cannot be restored: it is damaged');
    const refused = await c.restore(backup);
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain(`The backup ${backup} cannot be restored`);
    expect(readdirSync(join(lib, 'backups')).some((f) => f.startsWith('library-damaged-'))).toBe(false);
  });

  it('hands over to the normal host on the same port, with the same token', async () => {
    const { lib, id, backup } = await damaged();
    const lines: string[] = [];
    const opening = openOrRecover(() => createCore({ libraryDir: lib }), { libraryDir: lib, port: 0, log: (l) => lines.push(l) });
    await expect.poll(() => lines.length).toBe(2);
    expect(lines[0]).toMatch(/^Chancery could not open your library: the notes table: /);
    const url = new URL((lines[1] ?? '').replace('Chancery recovery: ', ''));
    const c = client({ port: Number(url.port), token: url.searchParams.get('token') ?? '' });
    expect((await c.restore(backup)).status).toBe(200);
    const { opened, port, token } = await opening;
    cores.push(opened);
    expect(opened.notes.get(id)?.body).toBe('Kept in the backup.');

    const staticDir = join(tempDir(), 'renderer');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Chancery</title>');
    const main = await startBrowserHost({ handlers: createHandlers(opened), staticDir, port, ...(token ? { token } : {}) });
    hosts.push(main);
    expect(main.port).toBe(Number(url.port));
    // The renderer's files load without the token; the old query link moves it into the fragment.
    expect(await (await c.get('/', null)).text()).toContain('<title>Chancery</title>');
    expect((await c.get('/')).headers.get('location')).toBe(`/#token=${token ?? ''}`);
  });
});
