import { useEffect, useRef, useState } from 'react';
import type { Revision, RevisionKind } from '@contract';
import { api, errorMessage } from '../../api/client';
import { useDismiss } from '../../hooks/use-dismiss';
import { formatStamp } from '../../lib/format';
import { changesBetween, changeSummary } from '../../lib/revision-diff';
import { showToast } from '../../lib/toasts';
import { RevisionText } from './RevisionText';

interface Props {
  kind: RevisionKind;
  id: number;
  /** What the text is, for the heading: "Note", "Introduction", "Commentary on …". */
  label: string;
  onClose: () => void;
  /** The restored text is now the current one: the editor shows it. */
  onRestored: (r: Revision) => void;
}

type Load = { status: 'loading' } | { status: 'error'; error: string } | { status: 'ready'; revisions: Revision[] };

/** Earlier versions of a text, newest first, each with what it changed; any can be restored. */
export function HistoryDialog({ kind, id, label, onClose, onRestored }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [selected, setSelected] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  useDismiss(root, true, onClose);
  useEffect(() => root.current?.focus(), []);
  useEffect(() => {
    let live = true;
    api.call('revisions.list', { kind, id }).then(
      (revisions) => live && setLoad({ status: 'ready', revisions }),
      (err: unknown) => live && setLoad({ status: 'error', error: errorMessage(err) }),
    );
    return () => {
      live = false;
    };
  }, [kind, id]);

  const revisions = load.status === 'ready' ? load.revisions : [];
  const index = Math.max(0, revisions.findIndex((r) => r.id === selected));
  const shown = revisions[index];
  const before = revisions[index + 1];

  const restore = (r: Revision): void => {
    setBusy(true);
    api.call('revisions.restore', { revisionId: r.id }).then(
      (next) => {
        setBusy(false);
        setLoad({ status: 'ready', revisions: next });
        setSelected(null);
        onRestored(r);
        onClose();
        showToast(`Restored the version of ${formatStamp(r.savedAt)}; the one it replaced stays in the history`);
      },
      (err: unknown) => {
        setBusy(false);
        showToast(`Not restored: ${errorMessage(err)}`);
      },
    );
  };

  return (
    <div className="modal-backdrop">
      <div className="modal history-dialog" role="dialog" aria-modal="true" aria-label={`History of ${label}`} ref={root} tabIndex={-1}>
        <header className="modal-head">
          <h2>History · {label}</h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </header>
        {load.status === 'loading' && <p className="list-message">Loading the history…</p>}
        {load.status === 'error' && <p className="list-message error">Cannot load the history: {load.error}</p>}
        {load.status === 'ready' && revisions.length === 0 && <p className="list-message">No versions saved yet: the history starts with the next change.</p>}
        {shown && (
          <div className="history-body">
            <ol className="history-list" aria-label="Versions">
              {revisions.map((r, i) => {
                const prev = revisions[i + 1];
                return (
                  <li key={r.id}>
                    <button type="button" className="history-row" aria-current={r.id === shown.id ? 'true' : undefined} onClick={() => setSelected(r.id)}>
                      <span className="history-when">{formatStamp(r.savedAt)}</span>
                      <span className="history-what">
                        {r.current ? 'Current · ' : ''}
                        {r.restored ? 'restored · ' : ''}
                        {prev ? changeSummary(changesBetween(prev.body, r.body)) : 'first version kept'}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ol>
            <section className="history-version" aria-label="Selected version">
              <div className="history-version-head">
                <span>
                  {shown.current ? 'The current text' : `Saved ${formatStamp(shown.savedAt)}`}
                  {shown.title && <> · “{shown.title}”</>}
                </span>
                {!shown.current && (
                  <button type="button" className="button primary small" disabled={busy} onClick={() => restore(shown)}>
                    Restore this version
                  </button>
                )}
              </div>
              <RevisionText body={shown.body} before={before?.body ?? null} />
            </section>
          </div>
        )}
        <p className="history-foot">
          Saves a few minutes apart make one version. Versions are kept at least 90 days; restoring one adds a version and removes none.
        </p>
      </div>
    </div>
  );
}
