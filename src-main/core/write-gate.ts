import { api, CALL_NAMES, type Arg, type CallName, type Handlers, type Result } from '../contract';

/**
 * Every call the contract marks as writing goes through the import service's
 * `writable` first (today it only notes that the library may have changed
 * under an import's index catch-up; an import never holds a transaction open
 * across awaits). Reads, and the jobs' status and cancel, run at once.
 */
function gate<K extends CallName>(out: Handlers, inner: Handlers, name: K, writable: () => Promise<void>): void {
  const handler: (arg: Arg<K>) => Promise<Result<K>> = inner[name];
  const held = async (arg: Arg<K>): Promise<Result<K>> => {
    await writable();
    return handler(arg);
  };
  Object.assign(out, { [name]: held });
}

/** The handlers, with every writing call announced to the import service before it runs. */
export function gateWrites(handlers: Handlers, writable: () => Promise<void>): Handlers {
  const gated: Handlers = { ...handlers };
  for (const name of CALL_NAMES) if (api[name].writes) gate(gated, handlers, name, writable);
  return gated;
}
