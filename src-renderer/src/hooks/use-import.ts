import { useCallback, useRef, useState } from 'react';
import type { FailedFileReport, ImportJobStatus, ImportProgress, ImportReport } from '@contract';
import { api, errorMessage } from '../api/client';
import { fileToBase64, IMPORT_EXTENSIONS, isImportable } from '../lib/files';
import type { JobCalls } from '../lib/job-follower';
import { usePolledJob } from './use-polled-job';

export type ImportState =
  | { phase: 'idle'; report: ImportReport | null }
  | { phase: 'reading'; done: number; total: number }
  | { phase: 'importing'; progress: ImportProgress | null; cancelling: boolean };

/** An import the view leaves runs on: the library gets the files all the same. */
const IMPORT_JOB: JobCalls<ImportJobStatus> = {
  status: (jobId) => api.call('import.status', { jobId }),
  cancel: (jobId) => api.call('import.cancel', { jobId }),
  isDone: (status) => status.done && status.report !== null,
};

/**
 * Import files as a background job on the host: read them (base64), start the
 * job, poll its progress until done, then keep the report until dismissed.
 */
export function useImport(onImported: () => void): {
  state: ImportState;
  importFiles: (files: File[]) => void;
  cancel: () => void;
  dismiss: () => void;
} {
  const [state, setState] = useState<ImportState>({ phase: 'idle', report: null });
  const job = usePolledJob(IMPORT_JOB);
  // Busy from the first file read, before the job exists.
  const busy = useRef(false);

  const run = useCallback(
    async (files: File[]): Promise<ImportReport | null> => {
      const rejected: FailedFileReport[] = [];
      const usable = files.filter((f) => {
        if (isImportable(f)) return true;
        rejected.push({ file: f.name, message: `not a supported file type (${IMPORT_EXTENSIONS.join(', ')})` });
        return false;
      });
      if (usable.length === 0) return { imported: [], failed: rejected };

      const payload: Array<{ name: string; dataBase64: string }> = [];
      for (const [i, f] of usable.entries()) {
        setState({ phase: 'reading', done: i, total: usable.length });
        // A file picked with its folder keeps its path within it, so reports say which one.
        payload.push({ name: f.webkitRelativePath || f.name, dataBase64: await fileToBase64(f) });
      }
      setState({ phase: 'importing', progress: null, cancelling: false });
      const status = await job.follow(
        () => api.call('import.start', { files: payload }),
        (s) => setState((cur) => (cur.phase === 'importing' ? { ...cur, progress: s.progress } : cur)),
      );
      if (!status?.report) return null;
      return { ...status.report, failed: [...rejected, ...status.report.failed] };
    },
    [job],
  );

  const importFiles = useCallback(
    (files: File[]) => {
      if (busy.current || files.length === 0) return;
      busy.current = true;
      // `void`: a failed run is caught here and reported as the files that failed.
      void run(files)
        .catch((err: unknown): ImportReport => ({ imported: [], failed: files.map((f) => ({ file: f.name, message: errorMessage(err) })) }))
        .then((report) => {
          busy.current = false;
          if (!report || !job.attached()) return;
          setState({ phase: 'idle', report });
          onImported();
        });
    },
    [run, job, onImported],
  );

  const cancel = useCallback(() => {
    if (job.cancel()) setState((s) => (s.phase === 'importing' ? { ...s, cancelling: true } : s));
  }, [job]);

  const dismiss = useCallback(() => setState({ phase: 'idle', report: null }), []);
  return { state, importFiles, cancel, dismiss };
}
