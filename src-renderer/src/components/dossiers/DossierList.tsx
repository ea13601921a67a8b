import { useState } from 'react';
import type { DossierListState } from '../../hooks/use-dossier-list';
import { TrashButton } from '../trash/TrashButton';
import { DossierRow } from './DossierRow';
import { NewDossierForm } from './NewDossierForm';

interface Props {
  list: DossierListState;
  openId: number | null;
  onOpen: (id: number) => void;
  onDeleted: (id: number) => void;
}

/** The left pane's second view: every dossier, and making a new one. */
export function DossierList({ list, openId, onOpen, onDeleted }: Props) {
  const [creating, setCreating] = useState(false);
  const items = list.items;
  return (
    <div className="dossier-list">
      <div className="list-bar">
        <span className="list-count" aria-live="polite">
          {items === null || items.length === 0 ? '' : items.length === 1 ? '1 dossier' : `${items.length} dossiers`}
        </span>
        <span className="list-bar-actions">
          <TrashButton />
          {!creating && (
            <button type="button" className="button small" onClick={() => setCreating(true)}>
              New dossier
            </button>
          )}
        </span>
      </div>
      {creating && (
        <NewDossierForm
          onCancel={() => setCreating(false)}
          onCreated={(d) => {
            setCreating(false);
            onOpen(d.id);
          }}
        />
      )}
      {list.error !== null && <p className="list-message error">Cannot load the dossiers: {list.error}</p>}
      {items === null ? (
        list.error === null && <p className="list-message">Loading the dossiers…</p>
      ) : items.length === 0 ? (
        !creating && (
          <div className="empty-state small dossier-empty">
            <p>
              <strong>No dossiers yet.</strong> A dossier gathers documents into a printable source pack: a briefing, a seminar reader, a
              thesis appendix.
            </p>
            <p>
              Create one here, then add documents from the library, from search results or from the reader with <em>Add to dossier</em>.
            </p>
          </div>
        )
      ) : (
        <ul className="dossier-rows" aria-label="Dossiers">
          {items.map((d) => (
            <DossierRow key={`${d.id}:${d.title}`} dossier={d} open={d.id === openId} onOpen={onOpen} onDeleted={onDeleted} />
          ))}
        </ul>
      )}
    </div>
  );
}
