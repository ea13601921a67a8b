import type { HandlersOf, termCalls } from '../../contract';
import type { Core } from '../core';
import { mustExist } from './must-exist';

export function termHandlers(core: Core): HandlersOf<typeof termCalls> {
  return {
    'terms.glossary': async ({ collection }) => core.terms.glossary(collection ?? null),
    'terms.ofDocument': async ({ id }) => {
      mustExist(core, id);
      return core.terms.ofDocument(id);
    },
  };
}
