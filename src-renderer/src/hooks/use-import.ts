import { useCallback, useRef, useState } from 'react';
import type { ImportReport } from '../../../src-main/contract/views';
import { api, errorMessage } from '../api/client';
import { fileToBase64, IMPORT_EXTENSIONS, isImportable } from '../lib/files';

export interface ImportState {
  running: boolean;
  done: number;
  total: number;
  report: ImportReport | null;
}

const BATCH_FILES = 8;
const BATCH_BYTES = 8 * 1024 * 1024;

function batches(files: File[]): File[][] {
  const out: File[][] = [];
  let cur: File[] = [];
  let bytes = 0;
  for (const f of files) {
    if (cur.length > 0 && (cur.length >= BATCH_FILES || bytes + f.size > BATCH_BYTES)) {
      out.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(f);
    bytes += f.size;
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

/** Import files in small batches so progress can be shown; the report accumulates. */
export function useImport(onImported: () => void): {
  state: ImportState;
  importFiles: (files: File[]) => void;
  dismiss: () => void;
} {
  const [state, setState] = useState<ImportState>({ running: false, done: 0, total: 0, report: null });
  const running = useRef(false);

  const importFiles = useCallback(
    (files: File[]) => {
      if (running.current || files.length === 0) return;
      running.current = true;
      const report: ImportReport = { imported: [], failed: [] };
      const usable = files.filter((f) => {
        if (isImportable(f)) return true;
        report.failed.push({ file: f.name, message: `not a supported file type (${IMPORT_EXTENSIONS.join(', ')})` });
        return false;
      });
      let done = files.length - usable.length;
      setState({ running: true, done, total: files.length, report: null });

      void (async () => {
        for (const batch of batches(usable)) {
          try {
            const payload = await Promise.all(
              batch.map(async (f) => ({ name: f.name, dataBase64: await fileToBase64(f) })),
            );
            const r = await api.call('library.importFiles', { files: payload });
            report.imported.push(...r.imported);
            report.failed.push(...r.failed);
          } catch (err) {
            for (const f of batch) report.failed.push({ file: f.name, message: errorMessage(err) });
          }
          done += batch.length;
          setState({ running: true, done, total: files.length, report: null });
        }
        running.current = false;
        setState({ running: false, done, total: files.length, report });
        onImported();
      })();
    },
    [onImported],
  );

  const dismiss = useCallback(() => setState((s) => ({ ...s, report: null })), []);
  return { state, importFiles, dismiss };
}
