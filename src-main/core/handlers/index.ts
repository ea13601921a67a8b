import type { Handlers } from '../../contract';
import type { Core } from '../core';
import { gateWrites } from '../write-gate';
import { documentHandlers } from './documents';
import { dossierHandlers } from './dossiers';
import { exportHandlers } from './exports';
import { highlightHandlers } from './highlights';
import { jobHandlers } from './jobs';
import { libraryHandlers } from './library';
import { linkHandlers } from './links';
import { noteHandlers } from './notes';
import { savedHandlers } from './saved';
import { peopleHandlers } from './people';
import { searchHandlers } from './search';
import { tagHandlers } from './tags';
import { termHandlers } from './terms';
import { threadHandlers } from './threads';
import { relatedHandlers } from './related';
import { trashHandlers } from './trash';
import { viewHandlers } from './views';

/**
 * The API implemented over the core, one module per domain of the contract;
 * every face registers exactly these. A call without a handler does not compile.
 */
export function createHandlers(core: Core): Handlers {
  const handlers: Handlers = {
    ...libraryHandlers(core),
    ...searchHandlers(core),
    ...documentHandlers(core),
    ...noteHandlers(core),
    ...highlightHandlers(core),
    ...tagHandlers(core),
    ...dossierHandlers(core),
    ...jobHandlers(core),
    ...trashHandlers(core),
    ...linkHandlers(core),
    ...threadHandlers(core),
    ...relatedHandlers(core),
    ...termHandlers(core),
    ...peopleHandlers(core),
    ...exportHandlers(core),
    ...savedHandlers(core),
    ...viewHandlers(core),
  };
  return gateWrites(handlers, () => core.imports.writable());
}
