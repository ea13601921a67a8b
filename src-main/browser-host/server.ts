import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { API_HEADER, API_PREFIX } from '../contract/bridge';
import type { Handlers } from '../contract/api';
import { dispatch } from '../core/dispatch';
import { contentType, staticFile } from './static-files';
import { CSP, TOKEN_COOKIE, cookieToken, isTrustedRequest, newToken, sameToken } from './security';

/** Uploads arrive base64 in JSON; a 200 MB volume is about 270 MB encoded. */
const MAX_BODY = 300 * 1024 * 1024;

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': type, 'content-security-policy': CSP, 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buf.length;
    if (size > MAX_BODY) return null;
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function serveStatic(res: ServerResponse, staticDir: string, urlPath: string): Promise<void> {
  const file = staticFile(staticDir, urlPath);
  const info = file ? await stat(file).catch(() => null) : null;
  if (!file || !info?.isFile()) return send(res, 404, 'Not found');
  res.writeHead(200, {
    'content-type': contentType(file),
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  createReadStream(file).pipe(res);
}

async function handleApi(req: IncomingMessage, res: ServerResponse, handlers: Handlers, name: string): Promise<void> {
  // A custom header cannot be sent cross-site without a CORS preflight, which we never answer.
  if (req.method !== 'POST' || req.headers[API_HEADER] !== '1') return send(res, 403, 'Forbidden');
  const raw = await readBody(req);
  if (raw === null) return send(res, 413, 'Payload too large');
  let arg: unknown;
  try {
    arg = raw.length > 0 ? JSON.parse(raw) : {};
  } catch {
    return send(res, 400, JSON.stringify({ ok: false, error: { code: 'invalid-argument', message: 'Body is not JSON' } }), 'application/json');
  }
  send(res, 200, JSON.stringify(await dispatch(handlers, name, arg)), 'application/json');
}

export interface BrowserHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Browser mode: the same renderer and the same API over HTTP, on 127.0.0.1
 * only, behind a random per-launch token kept in an HttpOnly cookie.
 */
export async function startBrowserHost(opts: { handlers: Handlers; staticDir: string; port?: number; token?: string }): Promise<BrowserHost> {
  // Given when the recovery page ran first: the browser already holds its token.
  const token = opts.token ?? newToken();
  let port = 0;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!isTrustedRequest(req, port)) return send(res, 403, 'Forbidden');
    if (sameToken(url.searchParams.get('token'), token)) {
      res.writeHead(303, { location: '/', 'set-cookie': `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/` });
      return res.end();
    }
    if (!sameToken(cookieToken(req), token)) return send(res, 401, 'Open Chancery with the link printed when it started.');
    const task = url.pathname.startsWith(API_PREFIX)
      ? handleApi(req, res, opts.handlers, url.pathname.slice(API_PREFIX.length))
      : serveStatic(res, opts.staticDir, url.pathname);
    task.catch((err: unknown) => send(res, 500, err instanceof Error ? err.message : 'Internal error'));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', resolve);
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections would go on being served until they idle out: a stopped host answers nothing more.
        server.closeAllConnections();
      }),
  };
}
