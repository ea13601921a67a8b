import type { HandlersOf, savedCalls } from '../../contract';
import type { Core } from '../core';
import { logFile } from '../saved/log-markdown';

export function savedHandlers(core: Core): HandlersOf<typeof savedCalls> {
  const { searches, sets, log } = core.saved;
  return {
    'saved.searches.list': async () => searches.list(),
    'saved.searches.save': async ({ name, search }) => searches.save(name, search),
    'saved.searches.rename': async ({ id, name }) => searches.rename(id, name),
    'saved.searches.delete': async ({ id }) => searches.delete(id),
    'saved.searches.restore': async ({ id }) => searches.restore(id),
    'sets.list': async () => sets.list(),
    'sets.freeze': async ({ name, search }) => sets.freeze(name, search),
    'sets.rename': async ({ id, name }) => sets.rename(id, name),
    'sets.delete': async ({ id }) => sets.delete(id),
    'sets.restore': async ({ id }) => sets.restore(id),
    'sets.docIds': async ({ id }) => sets.docIds(id),
    'search.matchIds': async ({ search }) => core.saved.matchIds(search),
    'researchLog.status': async () => log.status(),
    'researchLog.setOn': async ({ on }) => log.setOn(on),
    'researchLog.list': async () => log.list(),
    'researchLog.clear': async () => log.clear(),
    'researchLog.export': async () => logFile(log.list(), new Date().toISOString()),
  };
}
