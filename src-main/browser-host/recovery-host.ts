import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { LibraryDamagedError } from '../core/db/library-damage';
import { describeRestore, LIBRARY_FILE, listBackups, restoreBackup, RestoreRefused } from '../core/db/recovery';
import { recoveryPage, RECOVERY_CSP, refusedPage, restoredPage } from './recovery-page';
import { isTrustedRequest, newToken, sameToken, SECURITY_HEADERS } from './security';

/**
 * Browser mode when the library will not open: the same 127.0.0.1 host, token
 * and Host/Origin checks, serving only the recovery page and its Restore form.
 */
export interface RecoveryHost {
  url: string;
  port: number;
  token: string;
  /** Settles once a backup was restored, reopened, and the page saying so was sent. */
  done: Promise<void>;
  close(): Promise<void>;
}

export interface RecoveryOptions {
  libraryDir: string;
  /** What went wrong, for the page. */
  reason: string;
  /** Opens the restored library; throws if it still will not open. */
  reopen: () => unknown;
  port?: number;
  token?: string;
}

const UNAUTHORISED = 'Open the Chancery recovery page with the link printed when it started.';

/** The restore form's body is one backup name and the token. */
const MAX_FORM = 4096;

function send(res: ServerResponse, status: number, body: string, type = 'text/html; charset=utf-8'): void {
  // `same-origin`, not `no-referrer`: under no-referrer Chromium sends `Origin: null` with the form's post, which the Origin check must refuse.
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, 'content-security-policy': RECOVERY_CSP, 'referrer-policy': 'same-origin' });
  res.end(body);
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams | null> {
  let raw = '';
  for await (const chunk of req) {
    raw += String(chunk);
    if (raw.length > MAX_FORM) return null;
  }
  return new URLSearchParams(raw);
}

/** A form post must carry our own Origin: browsers always send it, so its absence means a forged request. */
const fromOurPage = (req: IncomingMessage, port: number): boolean =>
  req.headers.origin === `http://127.0.0.1:${port}` || req.headers.origin === `http://localhost:${port}`;

export async function startRecoveryHost(opts: RecoveryOptions): Promise<RecoveryHost> {
  const token = opts.token ?? newToken();
  let port = 0;
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (finish = resolve));

  async function restore(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!fromOurPage(req, port)) return send(res, 403, 'Forbidden', 'text/plain; charset=utf-8');
    const form = await readForm(req);
    if (!sameToken(form?.get('token'), token)) return send(res, 401, UNAUTHORISED, 'text/plain; charset=utf-8');
    const name = form?.get('backup');
    if (!name) return send(res, 400, refusedPage('No backup was chosen.', token));
    let lines: string[];
    try {
      lines = describeRestore(restoreBackup(opts.libraryDir, name));
    } catch (err) {
      if (err instanceof RestoreRefused) return send(res, 409, refusedPage(err.message, token));
      throw err;
    }
    let reopened = true;
    try {
      opts.reopen();
    } catch (err) {
      reopened = false;
      lines.push(err instanceof Error ? err.message : String(err));
    }
    send(res, 200, restoredPage(lines, reopened, token));
    if (reopened) res.once('finish', finish);
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!isTrustedRequest(req, port)) return send(res, 403, 'Forbidden', 'text/plain; charset=utf-8');
    if (req.method === 'POST' && url.pathname === '/restore') {
      restore(req, res).catch((err: unknown) => send(res, 500, refusedPage(err instanceof Error ? err.message : String(err), token)));
      return;
    }
    if (!sameToken(url.searchParams.get('token'), token)) return send(res, 401, UNAUTHORISED, 'text/plain; charset=utf-8');
    if (req.method !== 'GET' || url.pathname !== '/') return send(res, 503, 'The library is not open: see the recovery page.', 'text/plain; charset=utf-8');
    send(res, 200, recoveryPage({ reason: opts.reason, library: join(opts.libraryDir, LIBRARY_FILE), backups: listBackups(opts.libraryDir), token }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', resolve);
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    done,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * Opens the library, or, when it is damaged, serves the recovery page until a
 * backup is restored and opens that. The host that follows reuses the port and
 * token, so the page's "Open Chancery" link works.
 */
export async function openOrRecover<T>(
  open: () => T,
  opts: { libraryDir: string; port: number; log: (line: string) => void },
): Promise<{ opened: T; port: number; token?: string }> {
  let damage: LibraryDamagedError;
  try {
    return { opened: open(), port: opts.port };
  } catch (err) {
    if (!(err instanceof LibraryDamagedError)) throw err;
    damage = err;
  }
  const reopened: { value?: T } = {};
  const host = await startRecoveryHost({ libraryDir: opts.libraryDir, reason: damage.reason, port: opts.port, reopen: () => (reopened.value = open()) });
  opts.log(`Chancery could not open your library: ${damage.reason}`);
  opts.log(`Chancery recovery: ${host.url}`);
  await host.done;
  await host.close();
  if (reopened.value === undefined) throw new Error('The restored library was not opened.');
  return { opened: reopened.value, port: host.port, token: host.token };
}
