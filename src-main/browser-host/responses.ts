import type { ServerResponse } from 'node:http';
import type { ApiError, Reply } from '../contract';
import { HTTP_STATUS } from './http-status';
import { SECURITY_HEADERS } from './security';

export type ExtraHeaders = Readonly<Record<string, string>>;

/** Every answer goes out through here (or `startResponse`), so none lacks the security headers. */
export function startResponse(res: ServerResponse, status: number, headers: ExtraHeaders): void {
  res.writeHead(status, { ...SECURITY_HEADERS, ...headers });
}

export function sendText(res: ServerResponse, status: number, body: string, headers: ExtraHeaders = {}): void {
  startResponse(res, status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  res.end(body);
}

export function sendJson(res: ServerResponse, status: number, value: unknown, headers: ExtraHeaders = {}): void {
  startResponse(res, status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(value));
}

/** An API failure in the contract's shape, so the page shows its message rather than "no JSON reply"; the status follows its code. */
export function sendApiError(res: ServerResponse, error: ApiError, headers: ExtraHeaders = {}): void {
  sendJson(res, HTTP_STATUS[error.code], { ok: false, error }, headers);
}

/** A call's reply: 200 with its data, or the error's status. */
export function sendReply(res: ServerResponse, reply: Reply<unknown>): void {
  if (reply.ok) sendJson(res, 200, reply);
  else sendApiError(res, reply.error);
}
