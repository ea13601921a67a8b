import type { HandlersOf, searchCalls } from '../../contract';
import type { Core } from '../core';

export function searchHandlers(core: Core): HandlersOf<typeof searchCalls> {
  return {
    'library.search': async (arg) => core.search.search(arg),
    'search.inspect': async (arg) => core.inspector.inspect(arg),
    'documents.suggest': async ({ prefix, limit }) => core.reading.suggest.suggest(prefix, limit ?? 20),
  };
}
