import type { HandlersOf, trashCalls } from '../../contract';
import type { Core } from '../core';

export function trashHandlers(core: Core): HandlersOf<typeof trashCalls> {
  return {
    'trash.list': async () => core.trash.list(),
    'revisions.list': async ({ kind, id }) => core.revisions.list(kind, id),
    'revisions.restore': async ({ revisionId }) => core.revisions.restore(revisionId),
  };
}
