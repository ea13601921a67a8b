import type { HandlersOf, threadCalls } from '../../contract';
import type { Core } from '../core';
import { mustExist } from './must-exist';

export function threadHandlers(core: Core): HandlersOf<typeof threadCalls> {
  return {
    'threads.get': async ({ id }) => {
      mustExist(core, id);
      return core.threads.thread(id);
    },
  };
}
