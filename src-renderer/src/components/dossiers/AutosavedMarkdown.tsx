import { useState } from 'react';
import type { RevisionKind } from '@contract';
import { useAutosave, type SaveStatus } from '../../hooks/use-autosave';
import { dossiersChanged } from '../../lib/dossier-events';
import { HistoryButton } from '../history/HistoryButton';
import { MarkdownTextarea } from '../notes/MarkdownTextarea';
import { NotePreview } from '../notes/NotePreview';

interface Props {
  label: string;
  initial: string;
  placeholder: string;
  save: (text: string, keepalive: boolean) => Promise<unknown>;
  rows?: number;
  onOpenDoc?: (id: number, other?: boolean) => void;
  /** Whose versions the History button lists (an introduction, a commentary). */
  history?: { kind: RevisionKind; id: number };
}

const STATUS: Record<SaveStatus, string> = {
  clean: '',
  pending: 'Saving…',
  saving: 'Saving…',
  saved: 'Saved',
  error: 'Not saved — retrying',
};

/** A Markdown field saved as it is typed, with its sanitised preview underneath; a restored version replaces it. */
export function AutosavedMarkdown(props: Props) {
  const [restored, setRestored] = useState<{ text: string; n: number } | null>(null);
  return <AutosavedField key={restored?.n ?? 0} {...props} initial={restored?.text ?? props.initial} onRestored={(text) => setRestored((r) => ({ text, n: (r?.n ?? 0) + 1 }))} />;
}

function AutosavedField({ label, initial, placeholder, save, rows = 5, onOpenDoc, history, onRestored }: Props & { onRestored: (text: string) => void }) {
  const field = useAutosave(initial, save);
  return (
    <div className="autosaved">
      <MarkdownTextarea
        wrapClassName="autosaved-field"
        className="autosaved-input"
        aria-label={label}
        placeholder={placeholder}
        spellCheck
        rows={rows}
        value={field.text}
        onChange={field.setText}
        onBlur={() => field.flush()}
      />
      {(field.text.trim() !== '' || field.status !== 'clean' || history) && (
        <div className="autosaved-status-row">
          <span className="note-preview-label">{field.text.trim() !== '' ? 'Preview' : ''}</span>
          <span className={`note-status status-${field.status}`} role="status" title={field.error ?? undefined}>
            {STATUS[field.status]}
          </span>
          {history && (
            <HistoryButton
              kind={history.kind}
              id={history.id}
              label={label}
              beforeOpen={() => field.flush()}
              onRestored={(r) => {
                onRestored(r.body);
                dossiersChanged();
              }}
            />
          )}
        </div>
      )}
      {field.text.trim() !== '' && <NotePreview markdown={field.text} compact onOpenDoc={onOpenDoc} />}
    </div>
  );
}
