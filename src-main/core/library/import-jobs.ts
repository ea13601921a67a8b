import type { ImportJobStatus, ImportReport } from '../../contract';
import { createJobQueue } from '../jobs/job-queue';
import type { ImportService } from './import-service';
import type { ImportSource } from './import-sources';

/** Imports as polled background jobs, one at a time. */
export function createImportJobs(imports: ImportService) {
  const jobs = createJobQueue<ImportJobStatus>('Import');
  return {
    /** `missing`: paths the caller named that do not exist, reported as failed files. */
    start(sources: ImportSource[], missing: readonly string[] = []): string {
      return jobs.start(
        (id) => ({
          id,
          done: false,
          progress: { filesDone: 0, filesTotal: sources.length, docsDone: 0, docsTotal: null, bytesDone: 0, bytesTotal: 0, file: null },
          report: null,
        }),
        async ({ signal, update }) => {
          const report: ImportReport = await imports
            .importSources(sources, { signal, onProgress: (progress) => update({ progress }) })
            .catch((err: unknown) => ({
              imported: [],
              failed: [{ file: sources[0]?.name ?? '', message: err instanceof Error ? err.message : String(err) }],
            }));
          report.failed.push(...missing.map((file) => ({ file, message: `${file}: no such file or folder` })));
          return { report };
        },
      );
    },
    status: jobs.status,
    cancel: jobs.cancel,
  };
}

export type ImportJobs = ReturnType<typeof createImportJobs>;
