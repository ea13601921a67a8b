import { useState } from 'react';
import type { Dossier } from '@contract';
import { api, errorMessage } from '../../api/client';
import { dossiersChanged } from '../../lib/dossier-events';

interface Props {
  onCreated: (d: Dossier) => void;
  onCancel: () => void;
  /** Documents to put in the new dossier at once (from the picker). */
  docIds?: number[];
}

/** A one-line form: the new dossier's title. */
export function NewDossierForm({ onCreated, onCancel, docIds }: Props) {
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (): Promise<void> => {
    const t = title.trim();
    if (t === '' || busy) return;
    setBusy(true);
    try {
      let d = await api.call('dossiers.create', { title: t });
      if (docIds && docIds.length > 0) d = await api.call('dossiers.addItems', { dossierId: d.id, docIds });
      dossiersChanged();
      onCreated(d);
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };
  return (
    <form
      className="new-dossier"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <input
        autoFocus
        className="text-input"
        aria-label="Title of the new dossier"
        placeholder="Title, e.g. Strikes and the PCF, 1947"
        value={title}
        maxLength={500}
        onChange={(e) => setTitle(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onCancel();
          }
        }}
      />
      <div className="new-dossier-actions">
        <button type="submit" className="button primary" disabled={title.trim() === '' || busy}>
          Create
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {error && <p className="form-error">{error}</p>}
    </form>
  );
}
