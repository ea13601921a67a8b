import type { HandlersOf, jobCalls } from '../../contract';
import type { Core } from '../core';
import { sourceFromBytes, sourcesFromPaths } from '../library/import-sources';

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
    'dossiers.export': async ({ dossierId, paper }) => ({ jobId: exports.start(dossierId, store.must(dossierId).items.length, paper) }),
    'dossiers.exportStatus': async ({ jobId }) => exports.status(jobId),
    'dossiers.exportCancel': async ({ jobId }) => ({ cancelled: exports.cancel(jobId) }),
  };
}
