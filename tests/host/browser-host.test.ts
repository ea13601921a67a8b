import { mkdirSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../src-main/browser-host/server';
import { createCore } from '../../src-main/core/core';
import { createHandlers } from '../../src-main/core/handlers';
import { SEEDS, tempDir } from '../helpers/temp-dir';

interface Res {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function call(port: number, path: string, opts: { method?: string; headers?: Record<string, string>; body?: string; agent?: Agent } = {}): Promise<Res> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: opts.method ?? 'GET', headers: { host: `127.0.0.1:${port}`, ...opts.headers }, ...(opts.agent ? { agent: opts.agent } : {}) }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

let host: BrowserHost | null = null;
afterEach(async () => {
  await host?.close();
  host = null;
});

async function start() {
  const lib = tempDir();
  const core = createCore({ libraryDir: lib });
  await core.importPaths([SEEDS]);
  const staticDir = join(tempDir(), 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Chancery</title>');
  host = await startBrowserHost({ handlers: createHandlers(core), staticDir });
  const token = new URL(host.url).searchParams.get('token') ?? '';
  return { port: host.port, token, cookie: `chancery_token=${token}` };
}

describe('browser-mode host', () => {
  it('listens on 127.0.0.1 with a long random token and trades it for an HttpOnly cookie', async () => {
    const { port, token } = await start();
    expect(host?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
    expect(token.length).toBeGreaterThanOrEqual(43);
    const res = await call(port, `/?token=${token}`);
    expect(res.status).toBe(303);
    expect(String(res.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
  });

  it('refuses requests without the token, with a wrong token or a foreign Host', async () => {
    const { port, cookie } = await start();
    expect((await call(port, '/')).status).toBe(401);
    expect((await call(port, '/', { headers: { cookie: 'chancery_token=guess' } })).status).toBe(401);
    expect((await call(port, '/', { headers: { cookie, host: 'evil.example:80' } })).status).toBe(403);
    expect((await call(port, '/', { headers: { cookie } })).status).toBe(200);
  });

  it('serves nothing outside the renderer folder', async () => {
    const { port, cookie } = await start();
    for (const path of ['/../../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd', '/%E0%A4%A']) {
      const res = await call(port, path, { headers: { cookie } });
      expect(res.status).toBe(404);
      expect(res.body).not.toContain('root:');
    }
  });

  it('answers API calls with the same contract, validating payloads', async () => {
    const { port, cookie } = await start();
    const post = (name: string, body: unknown, extra: Record<string, string> = {}) =>
      call(port, `/api/${name}`, { method: 'POST', headers: { cookie, 'x-chancery': '1', 'content-type': 'application/json', ...extra }, body: JSON.stringify(body) });
    const ok = JSON.parse((await post('library.search', { query: 'Thorez' })).body) as { ok: boolean; data: { hits: Array<{ title: string }> } };
    expect(ok.ok).toBe(true);
    expect(ok.data.hits[0]?.title).toBe('The Ambassador in France (Caffery) to the Secretary of State');
    const bad = JSON.parse((await post('library.search', { query: 42 })).body) as { ok: boolean; error: { code: string } };
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const unknown = JSON.parse((await post('library.drop', {})).body) as { ok: boolean; error: { code: string } };
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
    expect((await post('library.search', { query: 'x' }, { origin: 'https://evil.example' })).status).toBe(403);
    const noHeader = await call(port, '/api/library.search', { method: 'POST', headers: { cookie }, body: '{"query":"x"}' });
    expect(noHeader.status).toBe(403);
  });

  it('closes at once, cutting a request still arriving (its save fails and stays a local draft)', async () => {
    const { port, cookie } = await start();
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    expect((await call(port, '/', { headers: { cookie }, agent })).status).toBe(200);
    // A request whose body is still on its way keeps its connection busy: closing must not wait for it.
    const socket = connect(port, '127.0.0.1');
    await new Promise<void>((ready) => socket.once('connect', () => ready()));
    const cut = new Promise<void>((done) => socket.once('close', () => done()));
    socket.resume();
    socket.write(`POST /api/notes.save HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nCookie: ${cookie}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"docId":`);
    await new Promise((r) => setTimeout(r, 50));
    const closing = host?.close();
    host = null;
    expect(await Promise.race([closing?.then(() => 'closed'), new Promise((r) => setTimeout(() => r('still open after 2 s'), 2000))])).toBe('closed');
    await cut;
    await expect(call(port, '/', { headers: { cookie }, agent })).rejects.toThrow();
    agent.destroy();
  });
});
