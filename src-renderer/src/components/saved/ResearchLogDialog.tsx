import { useCallback, useEffect, useRef, useState } from 'react';
import type { ResearchLogEntry, ResearchLogStatus } from '@contract';
import { api, errorMessage } from '../../api/client';
import { useDismiss } from '../../hooks/use-dismiss';
import { downloadText } from '../../lib/file-download';
import { formatStamp } from '../../lib/format';
import { useSavedVersion } from '../../lib/saved-store';

const n = (x: number): string => x.toLocaleString('en-GB');

function EntryLine({ e }: { e: ResearchLogEntry }) {
  if (e.kind === 'export') {
    return (
      <>
        Exported {e.what} as {e.format} to <code>{e.fileName}</code>
      </>
    );
  }
  const also = [...e.filters, e.scope === 'notes' ? 'in notes' : e.scope === 'documents' ? 'documents only' : '', e.sort === 'date' ? 'by date' : ''].filter(Boolean);
  return (
    <>
      Searched {e.query === '' ? 'all documents' : <code>{e.query}</code>}
      {also.length > 0 && <span className="quiet"> ({also.join('; ')})</span>}: <strong>{n(e.count)}</strong> of {n(e.libraryDocs)}
    </>
  );
}

/** The research log: on or off (kept in the library), what it holds, export as a Markdown method appendix, clear (asked first). */
export function ResearchLogDialog({ onClose }: { onClose: () => void }) {
  const root = useRef<HTMLDivElement>(null);
  const version = useSavedVersion();
  const [status, setStatus] = useState<ResearchLogStatus | null>(null);
  const [entries, setEntries] = useState<ResearchLogEntry[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  useDismiss(root, true, onClose);
  useEffect(() => root.current?.focus(), []);
  const refresh = useCallback(() => {
    Promise.all([api.call('researchLog.status', {}), api.call('researchLog.list', {})]).then(
      ([s, list]) => {
        setStatus(s);
        setEntries(list);
      },
      (err: unknown) => setMessage(errorMessage(err)),
    );
  }, []);
  useEffect(refresh, [refresh, version]);
  const turn = (on: boolean): void => {
    // Shown at once; the library's answer follows (and wins).
    setStatus((s) => (s ? { ...s, on } : s));
    api.call('researchLog.setOn', { on }).then(setStatus, (err: unknown) => setMessage(errorMessage(err)));
  };
  const exportLog = (): void => {
    api.call('researchLog.export', {}).then(
      (file) => {
        downloadText(file);
        setMessage(`Saved ${file.fileName}`);
      },
      (err: unknown) => setMessage(`Could not export: ${errorMessage(err)}`),
    );
  };
  const clear = (): void => {
    api.call('researchLog.clear', {}).then(
      (s) => {
        setStatus(s);
        setEntries([]);
        setConfirming(false);
      },
      (err: unknown) => setMessage(errorMessage(err)),
    );
  };
  return (
    <div className="modal-backdrop">
      <div className="modal research-log" role="dialog" aria-modal="true" aria-label="Research log" ref={root} tabIndex={-1}>
        <header className="modal-head">
          <h2>Research log</h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </header>
        <label className="log-switch">
          <input type="checkbox" checked={status?.on ?? false} disabled={status === null} onChange={(e) => turn(e.target.checked)} />
          Keep a log of my searches and exports in this library
        </label>
        <p className="quiet small-print">
          Each search is kept with its filters and the number of documents found, each export with its format and file name, so the appendix on method can say what was searched, when, and what it found. Nothing leaves this computer.
        </p>
        <div className="log-tools">
          <button type="button" className="button small primary" disabled={entries.length === 0} onClick={exportLog}>
            Export as Markdown…
          </button>
          {!confirming ? (
            <button type="button" className="button small" disabled={entries.length === 0} onClick={() => setConfirming(true)}>
              Clear the log…
            </button>
          ) : (
            <span className="log-confirm" role="alert">
              Delete all {n(entries.length)} entries for good?{' '}
              <button type="button" className="button small danger" onClick={clear}>
                Clear
              </button>{' '}
              <button type="button" className="link-button" onClick={() => setConfirming(false)}>
                Keep them
              </button>
            </span>
          )}
          {message !== null && (
            <span className="quiet" role="status">
              {message}
            </span>
          )}
        </div>
        {entries.length === 0 ? (
          <p className="list-message">{status?.on ? 'Nothing logged yet: your next search will be.' : 'The log is off: turn it on to keep your searches and exports.'}</p>
        ) : (
          <ol className="log-entries">
            {entries.map((e) => (
              <li key={e.id}>
                <span className="log-when">{formatStamp(e.at)}</span>
                <span className="log-what">
                  <EntryLine e={e} />
                </span>
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}
