import type { ApiError, Arg, ChanceryBridge, RendererCallName as CallName, Reply, Result } from '@contract';
// Values from the dependency-free module: the entry module would bring zod into the renderer bundle.
import { API_PREFIX, API_TOKEN_HEADER } from '@contract/bridge';
import { browserToken, tokenRefused } from './browser-token';

declare global {
  interface Window {
    chancery?: ChanceryBridge;
  }
}

export interface CallOptions {
  /** Browser mode: let the request outlive the page (used when flushing on pagehide). */
  keepalive?: boolean;
}

/** An error reply from the core, or a transport failure. */
export class ApiCallError extends Error {
  constructor(
    readonly code: ApiError['code'] | 'transport',
    message: string,
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}


function isReply(value: unknown): value is Reply<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  return typeof (value as { ok: unknown }).ok === 'boolean';
}

async function viaHttp(name: CallName, arg: unknown, options: CallOptions): Promise<Reply<unknown>> {
  let response: Response;
  try {
    response = await fetch(API_PREFIX + name, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [API_TOKEN_HEADER]: browserToken() ?? '' },
      body: JSON.stringify(arg),
      credentials: 'omit',
      keepalive: options.keepalive === true,
    });
  } catch (err) {
    throw new ApiCallError('transport', `Cannot reach the Chancery host: ${err instanceof Error ? err.message : String(err)}`);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ApiCallError('transport', `${name}: the host answered ${response.status} without a JSON reply`);
  }
  if (!isReply(body)) throw new ApiCallError('transport', `${name}: malformed reply (HTTP ${response.status})`);
  if (response.status === 401) tokenRefused();
  return body;
}

async function invoke(name: CallName, arg: unknown, options: CallOptions): Promise<Reply<unknown>> {
  const bridge = window.chancery;
  if (bridge) return bridge.invoke(name, arg);
  return viaHttp(name, arg, options);
}

export const api = {
  /** Call the core; resolves with the typed result or throws an ApiCallError. */
  async call<K extends CallName>(name: K, arg: Arg<K>, options: CallOptions = {}): Promise<Result<K>> {
    const reply = await invoke(name, arg, options);
    if (!reply.ok) throw new ApiCallError(reply.error.code, reply.error.message);
    return reply.data as Result<K>;
  },
};

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
