import { isCallName, isLocalCall, parseArg, toApiError, type Arg, type CallName, type Handlers, type Reply } from '../contract';

export interface DispatchOptions {
  /** The CLI: may make the calls that name files on this machine (`local` in the contract). */
  local?: boolean;
}

/**
 * The one entry point every face uses: validates the call name and the
 * untrusted argument, runs the handler, and turns any failure into data.
 */
export async function dispatch(handlers: Handlers, name: unknown, rawArg: unknown, options: DispatchOptions = {}): Promise<Reply<unknown>> {
  if (!isCallName(name) || (isLocalCall(name) && options.local !== true)) {
    return { ok: false, error: { code: 'unknown-call', message: `Unknown call: ${String(name).slice(0, 80)}` } };
  }
  return run(handlers, name, rawArg);
}

async function run<K extends CallName>(handlers: Handlers, name: K, rawArg: unknown): Promise<Reply<unknown>> {
  const parsed = parseArg(name, rawArg);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  try {
    const handler: (arg: Arg<K>) => Promise<unknown> = handlers[name];
    return { ok: true, data: await handler(parsed.arg) };
  } catch (err) {
    return { ok: false, error: toApiError(err) };
  }
}
