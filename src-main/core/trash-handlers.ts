import type { Handlers } from '../contract/api';
import type { TrashResults } from '../contract/trash-calls';
import type { Core } from './core';
import { DossierError } from './dossiers/dossier-error';
import { failure } from './failure';

type TrashHandlers = Pick<Handlers, Exclude<keyof TrashResults, `dossiers.${string}`>>;

/** Dossier errors (a revision's dossier gone) become API errors, as in the dossier handlers. */
function guard<A, R>(fn: (arg: A) => R): (arg: A) => Promise<R> {
  return async (arg) => {
    try {
      return fn(arg);
    } catch (err) {
      if (err instanceof DossierError) throw failure(err.code, err.message);
      throw err;
    }
  };
}

/** The trash and revisions, spread into `createHandlers` (dossier restores live with the dossier handlers). */
export function createTrashHandlers(core: Core): TrashHandlers {
  return {
    'trash.list': guard(() => core.trash.list()),
    'revisions.list': guard(({ kind, id }) => core.revisions.list(kind, id)),
    'revisions.restore': guard(({ revisionId }) => core.revisions.restore(revisionId)),
  };
}
