import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { API_PREFIX, type Handlers } from '../contract';
import { dispatch } from '../core/dispatch';
import { readJsonBody } from './json-body';
import { sendApiError, sendReply, sendText, startResponse } from './responses';
import { contentType, staticFile } from './static-files';
import { headerToken, isTrustedRequest, newToken, sameToken } from './security';

async function serveStatic(res: ServerResponse, staticDir: string, urlPath: string): Promise<void> {
  const file = staticFile(staticDir, urlPath);
  const info = file ? await stat(file).catch(() => null) : null;
  if (!file || !info?.isFile()) return sendText(res, 404, 'Not found');
  startResponse(res, 200, { 'content-type': contentType(file), 'content-length': String(info.size) });
  createReadStream(file).pipe(res);
}

/**
 * The renderer's files hold no secret and load without the token; the old
 * `?token=` link is moved into the fragment, which never reaches a server.
 */
function handleStatic(req: IncomingMessage, res: ServerResponse, url: URL, staticDir: string, token: string): Promise<void> | void {
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed', { allow: 'GET, HEAD' });
  const given = url.searchParams.get('token');
  if (given !== null) {
    startResponse(res, 303, { location: sameToken(given, token) ? `/#token=${token}` : '/' });
    return void res.end();
  }
  return serveStatic(res, staticDir, url.pathname);
}

async function handleApi(req: IncomingMessage, res: ServerResponse, handlers: Handlers, name: string, token: string): Promise<void> {
  if (req.method !== 'POST') return sendApiError(res, { code: 'unsupported', message: 'API calls are POST' }, { allow: 'POST' });
  if (!sameToken(headerToken(req), token)) {
    return sendApiError(res, { code: 'unauthorized', message: 'Open Chancery with the link printed when it started.' });
  }
  const body = await readJsonBody(req);
  if (!body.ok) return sendApiError(res, body.error, body.error.code === 'too-large' ? { connection: 'close' } : {});
  sendReply(res, await dispatch(handlers, name, body.value));
}

/** A failure of ours: logged here, answered without a message or stack that could tell an attacker anything. */
function internalError(req: IncomingMessage, res: ServerResponse, err: unknown): void {
  // A request the client gave up on (or a host closing) is no failure of ours.
  if (req.destroyed) return void res.destroy();
  console.error('Chancery browser host:', err);
  if (res.headersSent) return void res.destroy();
  sendApiError(res, { code: 'internal', message: 'Internal error' });
}

export interface BrowserHost {
  /** The link to open, with the token in its fragment (never sent to a server, never in a Referer). */
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Browser mode: the same renderer and the same API over HTTP, on 127.0.0.1
 * only; API calls carry a random per-launch token in a header.
 */
export async function startBrowserHost(opts: { handlers: Handlers; staticDir: string; port?: number; token?: string }): Promise<BrowserHost> {
  // Given when the recovery page ran first: the browser already holds its token.
  const token = opts.token ?? newToken();
  let port = 0;
  const route = (req: IncomingMessage, res: ServerResponse): Promise<void> | void => {
    if (!isTrustedRequest(req, port)) return sendText(res, 403, 'Forbidden');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    return url.pathname.startsWith(API_PREFIX)
      ? handleApi(req, res, opts.handlers, url.pathname.slice(API_PREFIX.length), token)
      : handleStatic(req, res, url, opts.staticDir, token);
  };
  const server = createServer((req, res) => {
    try {
      void Promise.resolve(route(req, res)).catch((err: unknown) => internalError(req, res, err));
    } catch (err) {
      internalError(req, res, err);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', resolve);
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections would go on being served until they idle out: a stopped host answers nothing more.
        server.closeAllConnections();
      }),
  };
}
