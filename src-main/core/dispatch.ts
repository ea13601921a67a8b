import { isCallName, parseArg, type Arg, type CallName, type Handlers, type Reply } from '../contract/api';
import { ApiFailure } from './handlers';

/**
 * The one entry point every transport uses: validates the call name and the
 * untrusted argument, runs the handler, and turns any failure into data.
 */
export async function dispatch(handlers: Handlers, name: unknown, rawArg: unknown): Promise<Reply<unknown>> {
  if (!isCallName(name)) {
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
    if (err instanceof ApiFailure) return { ok: false, error: err.error };
    return { ok: false, error: { code: 'internal', message: err instanceof Error ? err.message : String(err) } };
  }
}
