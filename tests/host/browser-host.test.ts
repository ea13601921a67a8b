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
  const token = new URLSearchParams(new URL(host.url).hash.slice(1)).get('token') ?? '';
  const port = host.port;
  const post = (name: string, body: string, extra: Record<string, string> = {}) =>
    call(port, `/api/${name}`, { method: 'POST', headers: { 'x-chancery-token': token, 'content-type': 'application/json', ...extra }, body });
  return { port, token, post };
}

const SECURITY_HEADERS = {
  'content-security-policy': expect.stringContaining("frame-ancestors 'none'"),
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

describe('browser-mode host', () => {
  it('listens on 127.0.0.1 and prints a link with a long random token in its fragment', async () => {
    const { token } = await start();
    expect(host?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+$/);
    expect(token.length).toBeGreaterThanOrEqual(43);
  });

  it('moves an old ?token= link into the fragment, setting no cookie', async () => {
    const { port, token } = await start();
    const res = await call(port, `/?token=${token}`);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/#token=${token}`);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers).toMatchObject(SECURITY_HEADERS);
    expect((await call(port, '/?token=guess')).headers.location).toBe('/');
  });

  it('serves the page without the token (it holds no secret), but the API only with it', async () => {
    const { port, token, post } = await start();
    const page = await call(port, '/');
    expect(page.status).toBe(200);
    expect(page.headers['set-cookie']).toBeUndefined();
    const anon = await call(port, '/api/library.search', { method: 'POST', headers: { cookie: `chancery_token=${token}` }, body: '{"query":"x"}' });
    expect(anon.status).toBe(401);
    expect(JSON.parse(anon.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect((await post('library.search', '{"query":"x"}', { 'x-chancery-token': 'guess' })).status).toBe(401);
    expect((await post('library.search', '{"query":"x"}')).status).toBe(200);
    expect((await call(port, '/', { headers: { host: 'evil.example:80' } })).status).toBe(403);
  });

  it('refuses other servers on 127.0.0.1: same site, not the same origin', async () => {
    const { port, post } = await start();
    const other = { origin: 'http://127.0.0.1:18999', 'sec-fetch-site': 'same-site' };
    expect((await post('library.search', '{"query":"x"}', other)).status).toBe(403);
    expect((await call(port, '/', { headers: { 'sec-fetch-site': 'same-site' } })).status).toBe(403);
  });

  it('puts the security headers on every answer: page, redirect, 401, 403, 404, 405', async () => {
    const { port } = await start();
    const answers = [
      await call(port, '/'),
      await call(port, '/?token=x'),
      await call(port, '/api/library.search', { method: 'POST', body: '{}' }),
      await call(port, '/', { headers: { host: 'evil.example' } }),
      await call(port, '/missing.js'),
      await call(port, '/', { method: 'DELETE' }),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 303, 401, 403, 404, 405]);
    for (const a of answers) {
      expect(a.headers).toMatchObject(SECURITY_HEADERS);
      expect(a.headers['set-cookie']).toBeUndefined();
    }
  });

  it('answers the page only to GET and HEAD, and the API only to POST', async () => {
    const { port, token } = await start();
    for (const method of ['TRACE', 'DELETE', 'PROPFIND', 'PUT', 'POST', 'OPTIONS']) {
      const res = await call(port, '/index.html', { method });
      expect(res.status, method).toBe(405);
      expect(res.headers.allow).toBe('GET, HEAD');
    }
    const head = await call(port, '/', { method: 'HEAD' });
    expect([head.status, head.body]).toEqual([200, '']);
    const get = await call(port, '/api/library.search', { headers: { 'x-chancery-token': token } });
    expect([get.status, get.headers.allow]).toEqual([405, 'POST']);
  });

  it('answers a deeply nested or oversized body with a JSON error, not a crash', async () => {
    const { post } = await start();
    const deep = await post('library.search', '['.repeat(10_000) + ']'.repeat(10_000));
    expect(deep.status).toBe(400);
    expect(JSON.parse(deep.body)).toEqual({ ok: false, error: { code: 'invalid-argument', message: 'JSON nested too deeply' } });
    // Brackets inside strings are text, not nesting.
    const inString = await post('library.search', JSON.stringify({ query: '['.repeat(10_000) }));
    expect(JSON.parse(inString.body)).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: expect.stringContaining('query') } });
    const huge = await post('library.search', '{}', { 'content-length': String(400 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    expect(JSON.parse(huge.body)).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('serves nothing outside the renderer folder', async () => {
    const { port } = await start();
    for (const path of ['/../../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd', '/%E0%A4%A']) {
      const res = await call(port, path);
      expect(res.status).toBe(404);
      expect(res.body).not.toContain('root:');
    }
  });

  it('answers API calls with the same contract, validating payloads', async () => {
    const { port, post: postText } = await start();
    const post = (name: string, body: unknown, extra: Record<string, string> = {}) => postText(name, JSON.stringify(body), extra);
    const ok = JSON.parse((await post('library.search', { query: 'Thorez' })).body) as { ok: boolean; data: { hits: Array<{ title: string }> } };
    expect(ok.ok).toBe(true);
    expect(ok.data.hits[0]?.title).toBe('The Ambassador in France (Caffery) to the Secretary of State');
    const bad = JSON.parse((await post('library.search', { query: 42 })).body) as { ok: boolean; error: { code: string } };
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const unknown = JSON.parse((await post('library.drop', {})).body) as { ok: boolean; error: { code: string } };
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
    expect((await post('library.search', { query: 'x' }, { origin: 'https://evil.example' })).status).toBe(403);
    const noHeader = await call(port, '/api/library.search', { method: 'POST', body: '{"query":"x"}' });
    expect(noHeader.status).toBe(401);
  });

  it('answers each API error with its code’s status, and never makes a CLI-only call', async () => {
    const { post: postText } = await start();
    const post = async (name: string, body: unknown) => {
      const res = await postText(name, JSON.stringify(body));
      return { status: res.status, reply: JSON.parse(res.body) as unknown };
    };
    expect(await post('library.search', { query: 42 })).toMatchObject({ status: 400, reply: { ok: false, error: { code: 'invalid-argument' } } });
    expect(await post('document.get', { id: 999_999 })).toEqual({ status: 404, reply: { ok: false, error: { code: 'not-found', message: 'Document 999999 not found' } } });
    expect(await post('library.drop', {})).toMatchObject({ status: 404, reply: { error: { code: 'unknown-call' } } });
    // Importing by path would let a page read any file of the machine: the call exists for the CLI only.
    expect(await post('import.paths', { paths: ['/etc'] })).toMatchObject({ status: 404, reply: { error: { code: 'unknown-call' } } });
    expect(await post('shell.printPdf', { fileName: 'a.pdf', dataBase64: '' })).toMatchObject({ status: 405, reply: { error: { code: 'unsupported' } } });
    expect(await post('import.status', { jobId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ status: 404, reply: { error: { code: 'not-found' } } });
  });

  it('closes at once, cutting a request still arriving (its save fails and stays a local draft)', async () => {
    const { port, token } = await start();
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    expect((await call(port, '/', { agent })).status).toBe(200);
    // A request whose body is still on its way keeps its connection busy: closing must not wait for it.
    const socket = connect(port, '127.0.0.1');
    await new Promise<void>((ready) => socket.once('connect', () => ready()));
    const cut = new Promise<void>((done) => socket.once('close', () => done()));
    socket.resume();
    socket.write(`POST /api/notes.save HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Chancery-Token: ${token}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"docId":`);
    await new Promise((r) => setTimeout(r, 50));
    const closing = host?.close();
    host = null;
    expect(await Promise.race([closing?.then(() => 'closed'), new Promise((r) => setTimeout(() => r('still open after 2 s'), 2000))])).toBe('closed');
    await cut;
    await expect(call(port, '/', { agent })).rejects.toThrow();
    agent.destroy();
  });
});
