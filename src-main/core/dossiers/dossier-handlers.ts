import type { Handlers } from '../../contract/api';
import type { Core } from '../core';
import { ApiFailure } from '../failure';
import { guardDossierErrors as guard } from './dossier-error';

type DossierCalls = Extract<keyof Handlers, `dossiers.${string}`>;

export function createDossierHandlers(core: Core): Pick<Handlers, DossierCalls> {
  const { store, jobs } = core.dossiers;
  return {
    'dossiers.list': guard(() => store.list()),
    'dossiers.get': guard(({ id }) => store.must(id)),
    'dossiers.create': guard((arg) => store.create(arg)),
    'dossiers.update': guard(({ id, ...patch }) => store.update(id, patch)),
    'dossiers.delete': guard(({ id }) => store.delete(id)),
    'dossiers.restore': guard(({ id }) => store.restore(id)),
    'dossiers.addItems': guard(({ dossierId, docIds }) => store.addItems(dossierId, docIds)),
    'dossiers.removeItem': guard(({ itemId }) => store.removeItem(itemId)),
    'dossiers.restoreItem': guard(({ itemId }) => store.restoreItem(itemId)),
    'dossiers.reorder': guard(({ dossierId, itemIds }) => store.reorder(dossierId, itemIds)),
    'dossiers.sortByDate': guard(({ dossierId }) => store.sortByDate(dossierId)),
    'dossiers.updateItem': guard(({ itemId, ...patch }) => store.updateItem(itemId, patch)),
    'dossiers.export': guard(({ dossierId, paper }) => ({ jobId: jobs.start(dossierId, store.must(dossierId).items.length, paper) })),
    'dossiers.exportStatus': guard(({ jobId }) => {
      const status = jobs.status(jobId);
      if (!status) throw new ApiFailure({ code: 'not-found', message: `Export ${jobId} not found` });
      return status;
    }),
    'dossiers.exportCancel': guard(({ jobId }) => ({ cancelled: jobs.cancel(jobId) })),
  };
}
