import type { ErrorCode } from '../contract';

/**
 * The HTTP status of each API error, the one place they are chosen. The body is
 * always the contract's `{ ok: false, error }`, so the page shows the message
 * whatever the status; the status is for the browser, proxies and logs.
 */
export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  'invalid-argument': 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  'unknown-call': 404,
  unsupported: 405,
  conflict: 409,
  'too-large': 413,
  internal: 500,
  'damaged-library': 503,
};
