import { useCallback, useEffect, useRef, useState } from 'react';
import type { FailedFileReport, ImportProgress, ImportReport } from '@contract/views';
import { api, errorMessage } from '../api/client';
import { fileToBase64, IMPORT_EXTENSIONS, isImportable } from '../lib/files';

export type ImportState =
  | { phase: 'idle'; report: ImportReport | null }
  | { phase: 'reading'; done: number; total: number }
  | { phase: 'importing'; progress: ImportProgress | null; cancelling: boolean };

const POLL_MS = 250;

const sleep = (ms: number): Promise<void> => new Promise((r) => window.setTimeout(r, ms));

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
  const busy = useRef(false);
  const jobId = useRef<string | null>(null);
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const run = useCallback(
    async (files: File[]): Promise<ImportReport> => {
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
      const { jobId: id } = await api.call('import.start', { files: payload });
      jobId.current = id;
      for (;;) {
        await sleep(POLL_MS);
        if (!alive.current) return { imported: [], failed: [] };
        const status = await api.call('import.status', { jobId: id });
        if (status.done && status.report) {
          return { ...status.report, failed: [...rejected, ...status.report.failed] };
        }
        setState((s) => (s.phase === 'importing' ? { ...s, progress: status.progress } : s));
      }
    },
    [],
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
          jobId.current = null;
          if (!alive.current) return;
          setState({ phase: 'idle', report });
          onImported();
        });
    },
    [run, onImported],
  );

  const cancel = useCallback(() => {
    const id = jobId.current;
    if (!id) return;
    setState((s) => (s.phase === 'importing' ? { ...s, cancelling: true } : s));
    api.call('import.cancel', { jobId: id }).catch(() => undefined);
  }, []);

  const dismiss = useCallback(() => setState({ phase: 'idle', report: null }), []);
  return { state, importFiles, cancel, dismiss };
}
