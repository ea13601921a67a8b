import { useCallback, useEffect, useRef, useState } from 'react';
import type { Dossier } from '@contract';
import { api, errorMessage } from '../../api/client';
import { useDismiss } from '../../hooks/use-dismiss';
import { useDossierList } from '../../hooks/use-dossier-list';
import { dossiersChanged, requestOpenDossier } from '../../lib/dossier-events';
import { closeDossierPicker, usePicker, type PickerRequest } from '../../lib/dossier-picker';
import { showToast } from '../../lib/toasts';
import { NewDossierForm } from './NewDossierForm';

const WIDTH = 300;
const docs = (n: number): string => (n === 1 ? '1 document' : `${n} documents`);

function added(req: PickerRequest, d: Dossier): void {
  req.onAdded?.();
  closeDossierPicker();
  dossiersChanged();
  showToast(`${docs(req.docIds.length)} added to “${d.title}”`, { label: 'Open dossier', run: () => requestOpenDossier(d.id) });
}

/** "Add to dossier": every dossier, plus a new one. One instance serves the list, search and reader. */
export function DossierPicker() {
  const req = usePicker();
  if (!req) return null;
  return <PickerPopover key={`${req.left}:${req.top}:${req.docIds.join(',')}`} req={req} />;
}

function PickerPopover({ req }: { req: PickerRequest }) {
  const root = useRef<HTMLDivElement>(null);
  const list = useDossierList();
  const [creating, setCreating] = useState(false);
  const [busy, setBusy] = useState(false);
  useDismiss(root, true, useCallback(() => closeDossierPicker(), []));
  // Keyboard users land in the picker (it is rendered at the end of the page).
  const loaded = list.items !== null;
  useEffect(() => {
    if (loaded) root.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
  }, [loaded]);

  const add = (id: number): void => {
    setBusy(true);
    api.call('dossiers.addItems', { dossierId: id, docIds: req.docIds }).then(
      (d) => added(req, d),
      (err: unknown) => {
        setBusy(false);
        showToast(`Not added: ${errorMessage(err)}`);
      },
    );
  };
  const left = Math.max(8, Math.min(req.left, window.innerWidth - WIDTH - 8));
  const top = Math.min(req.top, window.innerHeight - 120);
  return (
    <div ref={root} className="surface popover dossier-picker" role="dialog" aria-label="Add to dossier" style={{ left, top, width: WIDTH }}>
      <div className="picker-head">Add {docs(req.docIds.length)} to…</div>
      {list.items === null ? (
        <p className="picker-note">Loading…</p>
      ) : list.items.length === 0 && !creating ? (
        <p className="picker-note">No dossiers yet.</p>
      ) : (
        <ul className="picker-list">
          {list.items.map((d) => (
            <li key={d.id}>
              <button type="button" className="menu-row" disabled={busy} onClick={() => add(d.id)}>
                <span className="picker-title">{d.title}</span>
                <span className="picker-count">{docs(d.itemCount)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {creating ? (
        <NewDossierForm docIds={req.docIds} onCancel={() => setCreating(false)} onCreated={(d) => added(req, d)} />
      ) : (
        <button type="button" className="menu-row picker-new" onClick={() => setCreating(true)}>
          New dossier…
        </button>
      )}
    </div>
  );
}
