import { NoteEditor } from './NoteEditor';

/** The right column: notes on the open document. */
export function NotesPane({ docId, title }: { docId: number | null; title: string | null }) {
  return (
    <div className="notes">
      <header className="notes-head">
        <h2>Notes</h2>
        {title !== null && (
          <p className="notes-doc" title={title}>
            {title}
          </p>
        )}
      </header>
      {docId === null ? (
        <div className="empty-state small">
          <p>Open a document to write notes on it. Notes are Markdown, kept in your library and saved as you type.</p>
        </div>
      ) : (
        <NoteEditor key={docId} docId={docId} />
      )}
    </div>
  );
}
