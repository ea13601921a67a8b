import type { z } from 'zod';
import type { CallSpec, ResultOf } from './call';
import type { RendererCallName } from './call-names';
import { documentCalls } from './documents';
import { dossierCalls } from './dossiers';
import { exportCalls } from './exports';
import type { ApiError } from './errors';
import { highlightCalls } from './highlights';
import { jobCalls } from './jobs';
import { libraryCalls } from './library';
import { linkCalls } from './links';
import { noteCalls } from './notes';
import { savedCalls } from './saved';
import { peopleCalls } from './people';
import { searchCalls } from './search';
import { tagCalls } from './tags';
import { termCalls } from './terms';
import { threadCalls } from './threads';
import { relatedCalls } from './related';
import { trashCalls } from './trash';
import { viewCalls } from './views';

/**
 * The contract every face speaks: one entry module over the domain files, each
 * of which declares its calls (argument schema, result type, whether it writes).
 */
export * from './library';
export * from './search';
export * from './documents';
export * from './notes';
export * from './highlights';
export * from './tags';
export * from './dossiers';
export * from './jobs';
export * from './trash';
export * from './links';
export * from './threads';
export * from './related';
export * from './terms';
export * from './people';
export * from './exports';
export * from './saved';
export * from './views';
export * from './errors';
export { RENDERER_CALLS, isRendererCall, type RendererCallName } from './call-names';
export { API_PREFIX, API_TOKEN_HEADER, type ChanceryBridge } from './bridge';

/** Every call: name → spec. A name in two domains is caught by tests/contract/contract.test.ts. */
export const api = {
  ...libraryCalls,
  ...searchCalls,
  ...documentCalls,
  ...noteCalls,
  ...highlightCalls,
  ...tagCalls,
  ...dossierCalls,
  ...jobCalls,
  ...trashCalls,
  ...linkCalls,
  ...threadCalls,
  ...relatedCalls,
  ...termCalls,
  ...peopleCalls,
  ...exportCalls,
  ...savedCalls,
  ...viewCalls,
} satisfies Record<string, CallSpec>;

export type Api = typeof api;
export type CallName = keyof Api;
export type Arg<K extends CallName> = z.infer<Api[K]['arg']>;
export type Result<K extends CallName> = ResultOf<Api[K]>;

/** The full API; every face implements or forwards exactly this. */
export type Handlers = { [K in CallName]: (arg: Arg<K>) => Promise<Result<K>> };

/** The handlers of one domain's calls (`HandlersOf<typeof noteCalls>`). */
export type HandlersOf<C> = Pick<Handlers, keyof C & CallName>;

/** Calls only the CLI may make. */
export type LocalCallName = { [K in CallName]: Api[K]['local'] extends true ? K : never }[CallName];

// The preload's dependency-free list must be exactly the calls that are not CLI-only: else this fails to compile.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const rendererListComplete: Same<RendererCallName, Exclude<CallName, LocalCallName>> = true;
void rendererListComplete;

export const CALL_NAMES = Object.keys(api) as CallName[];

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.hasOwn(api, name);
}

/** Whether only the CLI may make the call (it names files on this machine). */
export const isLocalCall = (name: CallName): boolean => api[name].local;

/** Parse an untrusted argument for `name`; returns an ApiError instead of throwing. */
export function parseArg<K extends CallName>(name: K, raw: unknown): { ok: true; arg: Arg<K> } | { ok: false; error: ApiError } {
  const parsed = api[name].arg.safeParse(raw);
  if (parsed.success) return { ok: true, arg: parsed.data as Arg<K> };
  return {
    ok: false,
    error: { code: 'invalid-argument', message: `${name}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'argument'}: ${i.message}`).join('; ')}` },
  };
}
