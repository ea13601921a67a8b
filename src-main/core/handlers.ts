import type { ApiError, Handlers } from '../contract/api';
import type { Core } from './core';
import { sourceFromBytes } from './library/import-sources';
import { buildDocumentView } from './library/document-view';

export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

const notFound = (what: string): ApiFailure => new ApiFailure({ code: 'not-found', message: `${what} not found` });

/** The API implemented over the core; every face registers exactly these. */
export function createHandlers(core: Core): Handlers {
  return {
    'library.overview': async () => ({
      documents: core.repo.count(),
      years: core.repo.years(),
      senders: core.repo.senders(),
    }),
    'library.list': async () => core.repo.list(),
    'library.search': async (arg) => core.search.search(arg),
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
      const view = buildDocumentView(core.repo, id);
      if (!view) throw notFound(`Document ${id}`);
      return view;
    },
    'notes.get': async ({ docId }) => core.notes.get(docId),
    'notes.save': async ({ docId, body }) => {
      const note = core.notes.save(docId, body);
      if (!note) throw notFound(`Document ${docId}`);
      return note;
    },
  };
}
