import type { HandlersOf, searchCalls } from '../../contract';
import type { Core } from '../core';
import { hasFilter, savedQueryOf } from '../saved/saved-query';

export function searchHandlers(core: Core): HandlersOf<typeof searchCalls> {
  return {
    'library.search': async (arg) => {
      const res = core.search.search(arg);
      // The research log keeps searches, not pages: scrolling asks again with an offset.
      if (arg.live !== false && !arg.offset && (arg.query.trim() !== '' || hasFilter(arg))) core.saved.log.recordSearch(savedQueryOf(arg), res.total, core.index.store.size, arg.live === true);
      return res;
    },
    'search.inspect': async (arg) => core.inspector.inspect(arg),
    'documents.suggest': async ({ prefix, limit }) => core.reading.suggest.suggest(prefix, limit ?? 20),
  };
}
