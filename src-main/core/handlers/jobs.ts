import type { HandlersOf, jobCalls } from '../../contract';
import type { Core } from '../core';
import { sourceFromBytes, sourcesFromPaths } from '../library/import-sources';
import { pdfFileName } from '../dossiers/dossier-export';

export function jobHandlers(core: Core): HandlersOf<typeof jobCalls> {
  const { store, jobs: exports } = core.dossiers;
  return {
    'import.start': async ({ files }) => ({
      jobId: core.jobs.start(files.map((f) => sourceFromBytes(f.name, Buffer.from(f.dataBase64, 'base64')))),
    }),
    'import.paths': async ({ paths }) => {
      const { sources, missing } = await sourcesFromPaths(paths);
      return { jobId: core.jobs.start(sources, missing) };
    },
    'import.status': async ({ jobId }) => core.jobs.status(jobId),
    'import.cancel': async ({ jobId }) => ({ cancelled: core.jobs.cancel(jobId) }),
    'dossiers.export': async ({ dossierId, paper }) => {
      const dossier = store.must(dossierId);
      const jobId = exports.start(dossierId, dossier.items.length, paper);
      core.saved.log.recordExport(`the dossier “${dossier.title}”`, 'pdf', pdfFileName(dossier.title), dossier.items.length);
      return { jobId };
    },
    'dossiers.exportStatus': async ({ jobId }) => exports.status(jobId),
    'dossiers.exportCancel': async ({ jobId }) => ({ cancelled: exports.cancel(jobId) }),
  };
}
