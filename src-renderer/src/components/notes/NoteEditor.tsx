import { useNote, type NoteStatus } from '../../hooks/use-note';
import { formatStamp } from '../../lib/format';
import { MarkdownTextarea } from './MarkdownTextarea';
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

/** The note for one document; mounted per document so switching flushes and resets. */
export function NoteEditor({ docId, onOpenDoc }: { docId: number; onOpenDoc: (id: number, other?: boolean) => void }) {
  const note = useNote(docId);
  const loaded = note.status !== 'loading' && note.status !== 'load-error';
  return (
    <div className="note-editor">
      <MarkdownTextarea
        wrapClassName="note-field"
        className="note-input"
        aria-label="Note for this document (Markdown)"
        placeholder={loaded ? 'Write a note — it is saved as you type. Markdown works: *italic*, **bold**, - lists, > quotes; [[ links to a document.' : ''}
        spellCheck
        readOnly={!loaded}
        value={note.text}
        onChange={note.setText}
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
      <NotePreview markdown={note.text} links={note.links} onOpenDoc={onOpenDoc} />
    </div>
  );
}
