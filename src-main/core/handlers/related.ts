import type { HandlersOf, relatedCalls } from '../../contract';
import type { Core } from '../core';
import { mustExist } from './must-exist';

export function relatedHandlers(core: Core): HandlersOf<typeof relatedCalls> {
  return {
    'related.get': async ({ id, scope, limit }) => {
      mustExist(core, id);
      return core.related.related(id, scope, limit);
    },
  };
}
