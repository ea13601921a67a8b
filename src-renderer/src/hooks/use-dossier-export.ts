import { useCallback, useState } from 'react';
import type { DossierExportProgress, DossierExportResult, DossierExportStatus, DossierPaper } from '@contract';
import { api, errorMessage } from '../api/client';
import { settleSaves } from '../lib/dossier-events';
import type { JobCalls } from '../lib/job-follower';
import { downloadPdf } from '../lib/pdf-download';
import { usePolledJob } from './use-polled-job';

export type ExportPurpose = 'download' | 'print';

export type ExportState =
  | { phase: 'idle' }
  | { phase: 'running'; purpose: ExportPurpose; progress: DossierExportProgress | null; cancelling: boolean }
  | { phase: 'done'; purpose: ExportPurpose; result: DossierExportResult; printed: boolean | null }
  | { phase: 'failed'; message: string };

/** An export nobody is left to receive is cancelled. */
const EXPORT_JOB: JobCalls<DossierExportStatus> = {
  status: (jobId) => api.call('dossiers.exportStatus', { jobId }),
  cancel: (jobId) => api.call('dossiers.exportCancel', { jobId }),
  isDone: (status) => status.done,
  cancelOnDetach: true,
};

/** Export a dossier as a polled job, then download it (or hand it to the system print dialog). */
export function useDossierExport(dossierId: number): {
  state: ExportState;
  start: (purpose: ExportPurpose, paper: DossierPaper) => void;
  cancel: () => void;
  dismiss: () => void;
  downloadAgain: () => void;
} {
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const job = usePolledJob(EXPORT_JOB);

  const run = useCallback(
    async (purpose: ExportPurpose, paper: DossierPaper): Promise<void> => {
      setState({ phase: 'running', purpose, progress: null, cancelling: false });
      const status = await job.follow(
        async () => {
          await settleSaves();
          return api.call('dossiers.export', { dossierId, paper });
        },
        (s) => setState((cur) => (cur.phase === 'running' ? { ...cur, progress: s.progress } : cur)),
      );
      if (!status) return;
      if (!status.result) throw new Error(status.error ?? 'the export stopped without a file');
      const result = status.result;
      if (purpose === 'download') downloadPdf(result.fileName, result.bytesBase64);
      setState({ phase: 'done', purpose, result, printed: null });
      if (purpose === 'print') {
        const { printed } = await api.call('shell.printPdf', { fileName: result.fileName, dataBase64: result.bytesBase64 });
        if (job.attached()) setState({ phase: 'done', purpose, result, printed });
      }
    },
    [dossierId, job],
  );

  const start = useCallback(
    (purpose: ExportPurpose, paper: DossierPaper) => {
      if (job.busy()) return;
      run(purpose, paper).catch((err: unknown) => {
        if (job.attached()) setState({ phase: 'failed', message: errorMessage(err) });
      });
    },
    [run, job],
  );

  const cancel = useCallback(() => {
    if (job.cancel()) setState((s) => (s.phase === 'running' ? { ...s, cancelling: true } : s));
  }, [job]);

  const dismiss = useCallback(() => setState({ phase: 'idle' }), []);
  const downloadAgain = useCallback(() => {
    if (state.phase === 'done') downloadPdf(state.result.fileName, state.result.bytesBase64);
  }, [state]);
  return { state, start, cancel, dismiss, downloadAgain };
}
