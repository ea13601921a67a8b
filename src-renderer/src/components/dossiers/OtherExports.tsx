import { useState } from 'react';
import { api, errorMessage } from '../../api/client';
import { downloadBinary, downloadText } from '../../lib/file-download';

type Choice = 'html' | 'docx' | 'ris' | 'bibtex' | 'csl-json';

const CHOICES: Array<{ value: Choice; label: string }> = [
  { value: 'docx', label: 'Word document (.docx)' },
  { value: 'html', label: 'Web page, one file (.html)' },
  { value: 'ris', label: 'Citations: RIS (Zotero, EndNote)' },
  { value: 'bibtex', label: 'Citations: BibTeX' },
  { value: 'csl-json', label: 'Citations: CSL-JSON' },
];

/** The dossier in the other formats: the text with highlights and notes (HTML, DOCX), or its citations for a reference manager. */
export function OtherExports({ dossierId, disabled }: { dossierId: number; disabled: boolean }) {
  const [choice, setChoice] = useState<Choice>('docx');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      if (choice === 'html' || choice === 'docx') downloadBinary(await api.call('dossiers.exportFile', { dossierId, format: choice }));
      else downloadText(await api.call('citations.export', { dossierId, format: choice }));
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
