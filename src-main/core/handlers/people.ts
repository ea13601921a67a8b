import type { HandlersOf, peopleCalls } from '../../contract';
import type { Core } from '../core';
import { mustExist } from './must-exist';

export function peopleHandlers(core: Core): HandlersOf<typeof peopleCalls> {
  return {
    'people.list': async (args) => core.people.list(args),
    'people.get': async ({ id }) => core.people.get(id),
    'people.ofDocument': async ({ id }) => {
      mustExist(core, id);
      return core.people.ofDocument(id);
    },
    'people.merge': async ({ into, from }) => core.people.merge(into, from),
    'people.split': async ({ id }) => core.people.split(id),
  };
}
