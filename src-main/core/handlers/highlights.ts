import type { HandlersOf, highlightCalls } from '../../contract';
import type { Core } from '../core';

export function highlightHandlers(core: Core): HandlersOf<typeof highlightCalls> {
  const h = core.reading.highlights;
  return {
    'highlights.list': async ({ docId }) => h.list(docId),
    'highlights.create': async ({ docId, color, comment, anchor }) => h.create(docId, color, comment, anchor),
    'highlights.update': async ({ id, ...patch }) => h.update(id, patch),
    'highlights.delete': async ({ id }) => h.delete(id),
    'highlights.restore': async ({ id }) => h.restore(id),
  };
}
