import type { HandlersOf, linkCalls } from '../../contract';
import type { Core } from '../core';
import { mustExist } from './must-exist';

export function linkHandlers(core: Core): HandlersOf<typeof linkCalls> {
  return {
    'links.refs': async ({ id }) => {
      mustExist(core, id);
      return core.links.views.refs(id);
    },
    'links.citedBy': async ({ id }) => {
      mustExist(core, id);
      return core.links.views.citedBy(id);
    },
  };
}
