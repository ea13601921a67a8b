import { useNote, type NoteStatus } from '../../hooks/use-note';
import { formatDateString } from '../../lib/format';
import { NotePreview } from './NotePreview';

function statusText(status: NoteStatus, updatedAt: string | null): string {
  switch (status) {
    case 'loading':
      return 'Loading…';
    case 'load-error':
      return 'Could not load the note';
    case 'pending':
    case 'saving':
      return 'Saving…';
    case 'saved':
      return 'Saved';
    case 'error':
      return 'Not saved — retrying';
    case 'clean':
      return updatedAt ? `Last saved ${formatStamp(updatedAt)}` : '';
  }
}

function formatStamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number): string => String(n).padStart(2, '0');
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return `${formatDateString(day)}, ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The note for one document; mounted per document so switching flushes and resets. */
export function NoteEditor({ docId }: { docId: number }) {
  const note = useNote(docId);
  const loaded = note.status !== 'loading' && note.status !== 'load-error';
  return (
    <div className="note-editor">
      <textarea
        className="note-input"
        aria-label="Note for this document (Markdown)"
        placeholder={loaded ? 'Write a note — it is saved as you type. Markdown works: *italic*, **bold**, - lists, > quotes.' : ''}
        spellCheck
        readOnly={!loaded}
        value={note.text}
        onChange={(e) => note.setText(e.target.value)}
        onBlur={() => note.flush()}
      />
      <div className="note-status-row">
        <span className="note-preview-label">Preview</span>
        <span className={`note-status status-${note.status}`} role="status" title={note.error ?? undefined}>
          {statusText(note.status, note.updatedAt)}
          {note.status === 'load-error' && (
            <button type="button" className="link-button" onClick={note.retryLoad}>
              Try again
            </button>
          )}
        </span>
      </div>
      <NotePreview markdown={note.text} />
    </div>
  );
}
