import { useAutosave, type SaveStatus } from '../../hooks/use-autosave';
import { MarkdownTextarea } from '../notes/MarkdownTextarea';
import { NotePreview } from '../notes/NotePreview';

interface Props {
  label: string;
  initial: string;
  placeholder: string;
  save: (text: string, keepalive: boolean) => Promise<unknown>;
  rows?: number;
  onOpenDoc?: (id: number, other?: boolean) => void;
}

const STATUS: Record<SaveStatus, string> = {
  clean: '',
  pending: 'Saving…',
  saving: 'Saving…',
  saved: 'Saved',
  error: 'Not saved — retrying',
};

/** A Markdown field saved as it is typed, with its sanitised preview underneath. */
export function AutosavedMarkdown({ label, initial, placeholder, save, rows = 5, onOpenDoc }: Props) {
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
      {(field.text.trim() !== '' || field.status !== 'clean') && (
        <div className="autosaved-status-row">
          <span className="note-preview-label">{field.text.trim() !== '' ? 'Preview' : ''}</span>
          <span className={`note-status status-${field.status}`} role="status" title={field.error ?? undefined}>
            {STATUS[field.status]}
          </span>
        </div>
      )}
      {field.text.trim() !== '' && <NotePreview markdown={field.text} compact onOpenDoc={onOpenDoc} />}
    </div>
  );
}
