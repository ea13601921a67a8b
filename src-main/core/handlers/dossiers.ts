import { ChanceryError, type dossierCalls, type HandlersOf } from '../../contract';
import type { Core } from '../core';

export function dossierHandlers(core: Core): HandlersOf<typeof dossierCalls> {
  const { store } = core.dossiers;
  return {
    'dossiers.list': async () => store.list(),
    'dossiers.get': async ({ id }) => store.must(id),
    'dossiers.create': async (arg) => store.create(arg),
    'dossiers.update': async ({ id, ...patch }) => store.update(id, patch),
    'dossiers.delete': async ({ id }) => store.delete(id),
    'dossiers.restore': async ({ id }) => store.restore(id),
    'dossiers.addItems': async ({ dossierId, docIds }) => store.addItems(dossierId, docIds),
    'dossiers.removeItem': async ({ itemId }) => store.removeItem(itemId),
    'dossiers.restoreItem': async ({ itemId }) => store.restoreItem(itemId),
    'dossiers.reorder': async ({ dossierId, itemIds }) => store.reorder(dossierId, itemIds),
    'dossiers.sortByDate': async ({ dossierId }) => store.sortByDate(dossierId),
    'dossiers.updateItem': async ({ itemId, ...patch }) => store.updateItem(itemId, patch),
    // The desktop face replaces this with the system print dialog (electron/ipc.ts).
    'shell.printPdf': async () => {
      throw new ChanceryError('unsupported', 'Printing through the system dialog needs the desktop app; download the PDF and print it from the browser.');
    },
  };
}
