import { useCallback, useEffect, useRef, useState } from 'react';
import type { Trash, TrashEntry } from '@contract';
import { api, errorMessage } from '../../api/client';
import { useDismiss } from '../../hooks/use-dismiss';
import { restoreEntry } from '../../lib/trash-actions';
import { showToast } from '../../lib/toasts';
import { TrashEntryView } from './TrashEntryView';

type Load = { status: 'loading' } | { status: 'error'; error: string } | { status: 'ready'; trash: Trash };

const keyOf = (e: TrashEntry): string => `${e.kind}:${e.id}`;

/** Everything deleted in the last 30 days, newest first, each with Restore. */
export function TrashDialog({ onClose }: { onClose: () => void }) {
  const root = useRef<HTMLDivElement>(null);
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [busy, setBusy] = useState<string | null>(null);
  useDismiss(root, true, onClose);
  useEffect(() => root.current?.focus(), []);

  const refresh = useCallback(() => {
    api.call('trash.list', {}).then(
      (trash) => setLoad({ status: 'ready', trash }),
      (err: unknown) => setLoad({ status: 'error', error: errorMessage(err) }),
    );
  }, []);
  useEffect(refresh, [refresh]);

  const restore = (e: TrashEntry): void => {
    setBusy(keyOf(e));
    restoreEntry(e).then(
      () => {
        setBusy(null);
        showToast('Restored');
        refresh();
      },
      (err: unknown) => {
        setBusy(null);
        showToast(`Not restored: ${errorMessage(err)}`);
      },
    );
  };

  return (
    <div className="modal-backdrop">
      <div className="modal trash-dialog" role="dialog" aria-modal="true" aria-label="Trash" ref={root} tabIndex={-1}>
        <header className="modal-head">
          <h2>Trash</h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </header>
        <p className="trash-note">
          Deleted notes, dossiers, documents removed from dossiers, and what you wrote on deleted documents.{' '}
          {load.status === 'ready' ? `Each is kept ${load.trash.keptForDays} days, then deleted for good.` : ''}
        </p>
        {load.status === 'loading' && <p className="list-message">Loading the trash…</p>}
        {load.status === 'error' && <p className="list-message error">Cannot load the trash: {load.error}</p>}
        {load.status === 'ready' &&
          (load.trash.entries.length === 0 ? (
            <p className="list-message">The trash is empty.</p>
          ) : (
            <ul className="trash-entries" aria-label="Deleted items">
              {load.trash.entries.map((e) => (
                <TrashEntryView key={keyOf(e)} entry={e} busy={busy === keyOf(e)} onRestore={() => restore(e)} />
              ))}
            </ul>
          ))}
      </div>
    </div>
  );
}
