import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { API_TOKEN_HEADER } from '../contract';

export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
  "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * Sent with every response, errors and redirects included: nothing we answer
 * may be framed, sniffed, cached, embedded by another origin or leak a Referer.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** 256 random bits, new at every launch. */
export const newToken = (): string => randomBytes(32).toString('base64url');

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

/** Compares digests, so neither the content nor the length of the token leaks through timing. */
export function sameToken(a: string | undefined | null, b: string): boolean {
  if (!a) return false;
  return timingSafeEqual(digest(a), digest(b));
}

/**
 * The page sends the token in a header, never in a cookie: a cookie ignores
 * ports, so every other server on 127.0.0.1 would receive it.
 */
export function headerToken(req: IncomingMessage): string | undefined {
  const value = req.headers[API_TOKEN_HEADER];
  return typeof value === 'string' ? value : undefined;
}

/**
 * Only our own origin may talk to us: defeats DNS rebinding (Host) and requests
 * from other sites — including other servers on 127.0.0.1, which the browser
 * counts as the same site but not the same origin.
 */
export function isTrustedRequest(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host;
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return false;
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  const origin = req.headers.origin;
  return origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}
