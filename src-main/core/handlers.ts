import type { Handlers } from '../contract/api';
import { ApiFailure } from './failure';
import type { Core } from './core';
import { sourceFromBytes } from './library/import-sources';
import { buildDocumentView } from './library/document-view';
import { createAnnotationHandlers } from './annotation-handlers';
import { createDossierHandlers } from './dossiers/dossier-handlers';
import { createTrashHandlers } from './trash-handlers';
import { gateWrites } from './write-gate';

export { ApiFailure };

const notFound = (what: string): ApiFailure => new ApiFailure({ code: 'not-found', message: `${what} not found` });

/** The API implemented over the core; every face registers exactly these. */
export function createHandlers(core: Core): Handlers {
  return gateWrites(ungatedHandlers(core), () => core.imports.writable());
}

function ungatedHandlers(core: Core): Handlers {
  return {
    ...createAnnotationHandlers(core),
    ...createDossierHandlers(core),
    ...createTrashHandlers(core),
    'library.overview': async () => ({
      documents: core.repo.count(),
      years: core.repo.years(),
      senders: core.repo.senders(),
    }),
    'library.list': async ({ tag }) => core.repo.list(tag ? { tag } : {}),
    'library.outline': async () => core.outline.get(),
    'library.summaries': async ({ ids }) => core.repo.summaries(ids),
    'library.search': async (arg) => core.search.search(arg),
    'library.delete': async ({ ids }) => ({ deleted: core.deletion.delete(ids) }),
    // Gated like a write: reloading the search index must not run inside an import's transaction.
    'library.changes': async () => core.changes.check(),
    'import.start': async ({ files }) => ({
      jobId: core.jobs.start(files.map((f) => sourceFromBytes(f.name, Buffer.from(f.dataBase64, 'base64')))),
    }),
    'import.status': async ({ jobId }) => {
      const status = core.jobs.status(jobId);
      if (!status) throw notFound(`Import ${jobId}`);
      return status;
    },
    'import.cancel': async ({ jobId }) => ({ cancelled: core.jobs.cancel(jobId) }),
    'document.get': async ({ id }) => {
      const view = buildDocumentView(core.repo, id, core.reading.state.position);
      if (!view) throw notFound(`Document ${id}`);
      return view;
    },
    'shell.printPdf': async () => {
      throw new ApiFailure({ code: 'unsupported', message: 'Printing through the system dialog needs the desktop app; download the PDF and print it from the browser.' });
    },
    'notes.get': async ({ docId }) => core.notes.get(docId),
    'notes.save': async ({ docId, body }) => {
      const note = core.notes.save(docId, body);
      if (!note) throw notFound(`Document ${docId}`);
      return note;
    },
  };
}
