import { useState } from 'react';
import { api, errorMessage } from '../../api/client';
import { downloadBinary } from '../../lib/file-download';

/** Citations have their own menu beside this one (Export citations…). */
type Choice = 'html' | 'docx';

const CHOICES: Array<{ value: Choice; label: string }> = [
  { value: 'docx', label: 'Word document (.docx)' },
  { value: 'html', label: 'Web page, one file (.html)' },
];

/** The dossier in the other formats: the text with highlights, comments and notes as one web page or a Word document. */
export function OtherExports({ dossierId, disabled }: { dossierId: number; disabled: boolean }) {
  const [choice, setChoice] = useState<Choice>('docx');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      downloadBinary(await api.call('dossiers.exportFile', { dossierId, format: choice }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="dossier-other-exports">
      <select aria-label="Export format" value={choice} disabled={disabled || busy} onChange={(e) => setChoice(e.target.value as Choice)}>
        {CHOICES.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      <button type="button" className="button" disabled={disabled || busy} onClick={() => void run()}>
        {busy ? 'Exporting…' : 'Export…'}
      </button>
      {error && <span role="alert">{error}</span>}
    </span>
  );
}
