import { useState } from 'react';
import type { DossierSummary } from '@contract';
import { api, errorMessage } from '../../api/client';
import { dossiersChanged } from '../../lib/dossier-events';
import { formatStamp } from '../../lib/format';
import { deleteDossierWithUndo } from '../../lib/dossier-undo';
import { showToast } from '../../lib/toasts';

interface Props {
  dossier: DossierSummary;
  open: boolean;
  onOpen: (id: number) => void;
  onDeleted: (id: number) => void;
}

const docCount = (n: number): string => (n === 1 ? '1 document' : `${n.toLocaleString('en-GB')} documents`);

/** One dossier in the list: open on click; rename inline; delete after a confirmation. */
export function DossierRow({ dossier, open, onOpen, onDeleted }: Props) {
  const [mode, setMode] = useState<'view' | 'rename' | 'confirm'>('view');
  const [title, setTitle] = useState(dossier.title);

  const rename = (): void => {
    const t = title.trim();
    setMode('view');
    if (t === '' || t === dossier.title) return setTitle(dossier.title);
    api.call('dossiers.update', { id: dossier.id, title: t }).then(dossiersChanged, (err: unknown) => {
      setTitle(dossier.title);
      showToast(`Not renamed: ${errorMessage(err)}`);
    });
  };
  const remove = (): void => {
    void deleteDossierWithUndo(dossier).then((ok) => ok && onDeleted(dossier.id));
  };

  if (mode === 'rename') {
    return (
      <li className="dossier-row editing">
        <input
          autoFocus
          className="text-input"
          aria-label="Dossier title"
          value={title}
          maxLength={500}
          onChange={(e) => setTitle(e.target.value)}
          onBlur={rename}
          onKeyDown={(e) => {
            if (e.key === 'Enter') rename();
            if (e.key === 'Escape') {
              e.stopPropagation();
              setTitle(dossier.title);
              setMode('view');
            }
          }}
        />
      </li>
    );
  }
  return (
    <li className={open ? 'dossier-row open' : 'dossier-row'}>
      <button type="button" className="dossier-open" onClick={() => onOpen(dossier.id)} aria-current={open ? 'true' : undefined}>
        <span className="dossier-row-title">{dossier.title}</span>
        <span className="doc-row-meta">
          {docCount(dossier.itemCount)} · updated {formatStamp(dossier.updatedAt)}
        </span>
      </button>
      {mode === 'confirm' ? (
        <div className="dossier-confirm" role="alert">
          <span>
            Delete this dossier? It goes to the trash with its introduction and commentaries, restorable for 30 days; its documents stay in the library.
          </span>
          <button type="button" className="button danger" onClick={remove}>
            Delete
          </button>
          <button type="button" className="button button-quiet" onClick={() => setMode('view')}>
            Keep
          </button>
        </div>
      ) : (
        <div className="dossier-row-actions">
          <button type="button" className="link-button" onClick={() => setMode('rename')} aria-label={`Rename ${dossier.title}`}>
            Rename
          </button>
          <button type="button" className="link-button danger" onClick={() => setMode('confirm')} aria-label={`Delete ${dossier.title}`}>
            Delete
          </button>
        </div>
      )}
    </li>
  );
}
