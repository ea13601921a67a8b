import type { Arg, CallName, Handlers, Result } from '../contract/api';
import { CALL_NAMES } from '../contract/calls';

/**
 * Calls that never write, or must act during an import (cancel). Every other
 * call goes through the import service's `writable` first (today it only
 * notes that the library may have changed under an import's index catch-up;
 * an import never holds a transaction open across awaits). A call missing
 * here is only announced needlessly, which is why this lists readers.
 */
const UNGATED = new Set<CallName>([
  'library.overview',
  'library.list',
  'library.search',
  'import.status',
  'import.cancel',
  'document.get',
  'document.cite',
  'documents.backlinks',
  'documents.suggest',
  'notes.get',
  'notes.list',
  'notes.open',
  'tags.list',
  'reader.getState',
  'dossiers.list',
  'dossiers.get',
  'trash.list',
  'revisions.list',
  // In-memory job state: polling an export must not stall behind an import.
  'dossiers.exportStatus',
  'dossiers.exportCancel',
]);

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
  for (const name of CALL_NAMES) if (!UNGATED.has(name)) gate(gated, handlers, name, writable);
  return gated;
}
