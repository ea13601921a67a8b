import { randomUUID } from 'node:crypto';
import type { DossierExportStatus, DossierPaper } from '../../contract/views';
import type { ExportedPdf, ExportOptions } from './dossier-export';

export type RunExport = (dossierId: number, opts: ExportOptions) => Promise<ExportedPdf>;

interface Job {
  status: DossierExportStatus;
  controller: AbortController;
}

/** Finished jobs are kept this long for the UI to fetch the PDF. */
const KEEP_FINISHED_MS = 10 * 60 * 1000;

/**
 * PDF exports in the background, polled like imports: a 2,000-page dossier takes
 * tens of seconds, and the export yields between documents so the UI can show
 * progress and the user can cancel. One export runs at a time.
 */
export function createExportJobs(run: RunExport) {
  const jobs = new Map<string, Job>();
  let queue: Promise<unknown> = Promise.resolve();

  const finish = (job: Job, patch: Partial<DossierExportStatus>): void => {
    job.status = { ...job.status, ...patch, done: true };
    setTimeout(() => jobs.delete(job.status.id), KEEP_FINISHED_MS).unref();
  };

  return {
    start(dossierId: number, docsTotal: number, paper?: DossierPaper): string {
      const id = randomUUID();
      const job: Job = {
        controller: new AbortController(),
        status: { id, done: false, progress: { docsDone: 0, docsTotal, pagesDone: null }, result: null, error: null },
      };
      jobs.set(id, job);
      queue = queue.then(async () => {
        try {
          const pdf = await run(dossierId, {
            ...(paper ? { paper } : {}),
            signal: job.controller.signal,
            onProgress: (p) => (job.status = { ...job.status, progress: p }),
          });
          const { bytes, ...rest } = pdf;
          finish(job, { result: { ...rest, bytesBase64: Buffer.from(bytes).toString('base64') } });
        } catch (err) {
          finish(job, { error: job.controller.signal.aborted ? 'Export cancelled' : err instanceof Error ? err.message : String(err) });
        }
      });
      return id;
    },
    status(id: string): DossierExportStatus | null {
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

export type ExportJobs = ReturnType<typeof createExportJobs>;
