import { randomUUID } from 'node:crypto';
import type { ImportJobStatus } from '../../contract/views';
import type { ImportService } from './import-service';
import type { ImportSource } from './import-sources';

interface Job {
  status: ImportJobStatus;
  controller: AbortController;
}

/** Finished jobs are kept this long for the UI to read their report. */
const KEEP_FINISHED_MS = 10 * 60 * 1000;

/**
 * Imports that run in the background while the UI polls their progress: the
 * same over IPC and HTTP, with no push channel needed. One job runs at a time
 * because the library has one writer.
 */
export function createImportJobs(imports: ImportService) {
  const jobs = new Map<string, Job>();
  let queue: Promise<unknown> = Promise.resolve();

  return {
    start(sources: ImportSource[]): string {
      const id = randomUUID();
      const job: Job = {
        controller: new AbortController(),
        status: {
          id,
          done: false,
          progress: { filesDone: 0, filesTotal: sources.length, docsDone: 0, docsTotal: null, bytesDone: 0, bytesTotal: 0, file: null },
          report: null,
        },
      };
      jobs.set(id, job);
      queue = queue.then(async () => {
        const report = await imports
          .importSources(sources, {
            signal: job.controller.signal,
            onProgress: (p) => (job.status = { ...job.status, progress: p }),
          })
          .catch((err: unknown) => ({
            imported: [],
            failed: [{ file: sources[0]?.name ?? '', message: err instanceof Error ? err.message : String(err) }],
          }));
        job.status = { ...job.status, done: true, report };
        setTimeout(() => jobs.delete(id), KEEP_FINISHED_MS).unref();
      });
      return id;
    },
    status(id: string): ImportJobStatus | null {
      return jobs.get(id)?.status ?? null;
    },
    cancel(id: string): boolean {
      const job = jobs.get(id);
      if (!job || job.status.done) return false;
      job.controller.abort();
      return true;
    },
  };
}

export type ImportJobs = ReturnType<typeof createImportJobs>;
