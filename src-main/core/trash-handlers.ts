import type { Handlers } from '../contract/api';
import type { TrashResults } from '../contract/trash-calls';
import type { Core } from './core';
import { guardDossierErrors as guard } from './dossiers/dossier-error';

type TrashHandlers = Pick<Handlers, Exclude<keyof TrashResults, `dossiers.${string}`>>;

/** The trash and revisions, spread into `createHandlers` (dossier restores live with the dossier handlers). */
export function createTrashHandlers(core: Core): TrashHandlers {
  return {
    'trash.list': guard(() => core.trash.list()),
    'revisions.list': guard(({ kind, id }) => core.revisions.list(kind, id)),
    'revisions.restore': guard(({ revisionId }) => core.revisions.restore(revisionId)),
  };
}
