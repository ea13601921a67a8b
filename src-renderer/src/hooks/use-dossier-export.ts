import { useCallback, useEffect, useRef, useState } from 'react';
import type { DossierExportProgress, DossierExportResult, DossierPaper } from '@contract/views';
import { api, errorMessage } from '../api/client';
import { settleSaves } from '../lib/dossier-events';
import { downloadPdf } from '../lib/pdf-download';

export type ExportPurpose = 'download' | 'print';

export type ExportState =
  | { phase: 'idle' }
  | { phase: 'running'; purpose: ExportPurpose; progress: DossierExportProgress | null; cancelling: boolean }
  | { phase: 'done'; purpose: ExportPurpose; result: DossierExportResult; printed: boolean | null }
  | { phase: 'failed'; message: string };

const POLL_MS = 250;
const sleep = (ms: number): Promise<void> => new Promise((r) => window.setTimeout(r, ms));

/** Export a dossier as a polled job, then download it (or hand it to the system print dialog). */
export function useDossierExport(dossierId: number): {
  state: ExportState;
  start: (purpose: ExportPurpose, paper: DossierPaper) => void;
  cancel: () => void;
  dismiss: () => void;
  downloadAgain: () => void;
} {
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const jobId = useRef<string | null>(null);
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      if (jobId.current) api.call('dossiers.exportCancel', { jobId: jobId.current }).catch(() => undefined);
    };
  }, [dossierId]);

  const run = useCallback(
    async (purpose: ExportPurpose, paper: DossierPaper): Promise<void> => {
      setState({ phase: 'running', purpose, progress: null, cancelling: false });
      await settleSaves();
      const { jobId: id } = await api.call('dossiers.export', { dossierId, paper });
      jobId.current = id;
      for (;;) {
        await sleep(POLL_MS);
        if (!alive.current) return;
        const status = await api.call('dossiers.exportStatus', { jobId: id });
        if (status.done) {
          jobId.current = null;
          if (!status.result) throw new Error(status.error ?? 'the export stopped without a file');
          const result = status.result;
          if (purpose === 'download') downloadPdf(result.fileName, result.bytesBase64);
          setState({ phase: 'done', purpose, result, printed: null });
          if (purpose === 'print') {
            const { printed } = await api.call('shell.printPdf', { fileName: result.fileName, dataBase64: result.bytesBase64 });
            if (alive.current) setState({ phase: 'done', purpose, result, printed });
          }
          return;
        }
        setState((s) => (s.phase === 'running' ? { ...s, progress: status.progress } : s));
      }
    },
    [dossierId],
  );

  const start = useCallback(
    (purpose: ExportPurpose, paper: DossierPaper) => {
      if (jobId.current) return;
      run(purpose, paper).catch((err: unknown) => {
        jobId.current = null;
        if (alive.current) setState({ phase: 'failed', message: errorMessage(err) });
      });
    },
    [run],
  );

  const cancel = useCallback(() => {
    const id = jobId.current;
    if (!id) return;
    setState((s) => (s.phase === 'running' ? { ...s, cancelling: true } : s));
    api.call('dossiers.exportCancel', { jobId: id }).catch(() => undefined);
  }, []);

  const dismiss = useCallback(() => setState({ phase: 'idle' }), []);
  const downloadAgain = useCallback(() => {
    if (state.phase === 'done') downloadPdf(state.result.fileName, state.result.bytesBase64);
  }, [state]);
  return { state, start, cancel, dismiss, downloadAgain };
}
