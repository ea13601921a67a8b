import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../api/client';

interface Props {
  label: string;
  initial?: string;
  submit: string;
  /** Resolves when done; a rejection is shown under the field (a name already used…). */
  onSubmit: (name: string) => Promise<unknown>;
  onDone: () => void;
  children?: React.ReactNode;
}

/** A name and a button: "Save search", "Freeze", "Rename". */
export function NameForm({ label, initial = '', submit, onSubmit, onDone, children }: Props) {
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const send = (e: FormEvent): void => {
    e.preventDefault();
    if (name.trim() === '') return;
    setBusy(true);
    onSubmit(name.trim()).then(
      () => {
        setBusy(false);
        onDone();
      },
      (err: unknown) => {
        setBusy(false);
        setError(errorMessage(err));
      },
    );
  };
  return (
    <form className="name-form" onSubmit={send}>
      {children}
      <label className="settings-row">
        <span className="settings-label">{label}</span>
        <input className="text-input" value={name} autoFocus maxLength={200} onChange={(e) => setName(e.target.value)} />
      </label>
      {error !== null && <p className="citation-result error">{error}</p>}
      <button type="submit" className="button small primary" disabled={busy || name.trim() === ''}>
        {submit}
      </button>
    </form>
  );
}
