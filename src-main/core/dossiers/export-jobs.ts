import type { DossierExportStatus, DossierPaper } from '../../contract';
import { createJobQueue } from '../jobs/job-queue';
import type { ExportedPdf, ExportOptions } from './dossier-export';

export type RunExport = (dossierId: number, opts: ExportOptions) => Promise<ExportedPdf>;

/**
 * PDF exports as polled background jobs: a 2,000-page dossier takes tens of
 * seconds, and the export yields between documents so the UI can show
 * progress and the user can cancel.
 */
export function createExportJobs(run: RunExport) {
  const jobs = createJobQueue<DossierExportStatus>('Export');
  return {
    start(dossierId: number, docsTotal: number, paper?: DossierPaper): string {
      return jobs.start(
        (id) => ({ id, done: false, progress: { docsDone: 0, docsTotal, pagesDone: null }, result: null, error: null }),
        async ({ signal, update }): Promise<Partial<DossierExportStatus>> => {
          try {
            const { bytes, ...rest } = await run(dossierId, { ...(paper ? { paper } : {}), signal, onProgress: (progress) => update({ progress }) });
            return { result: { ...rest, bytesBase64: Buffer.from(bytes).toString('base64') } };
          } catch (err) {
            return { error: signal.aborted ? 'Export cancelled' : err instanceof Error ? err.message : String(err) };
          }
        },
      );
    },
    status: jobs.status,
    cancel: jobs.cancel,
  };
}

export type ExportJobs = ReturnType<typeof createExportJobs>;
