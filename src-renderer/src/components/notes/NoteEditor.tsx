import { useCallback, useState, type ReactNode } from 'react';
import type { Note } from '@contract';
import { api } from '../../api/client';
import { useAutosave, type SaveStatus } from '../../hooks/use-autosave';
import { noteDraft, useNote } from '../../hooks/use-note';
import { formatStamp } from '../../lib/format';
import { HistoryButton } from '../history/HistoryButton';
import { MarkdownTextarea } from './MarkdownTextarea';
import { NotePreview } from './NotePreview';

type NoteStatus = 'loading' | 'load-error' | SaveStatus;

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

type OpenDoc = (id: number, other?: boolean) => void;

interface FieldProps {
  text: string;
  readOnly: boolean;
  onChange?: (text: string) => void;
  onBlur?: () => void;
  status: NoteStatus;
  updatedAt: string | null;
  error: string | null;
  links: Note['links'];
  onOpenDoc: OpenDoc;
  retryLoad?: () => void;
  /** The History button, once the note exists. */
  history?: ReactNode;
}

function NoteField({ text, readOnly, onChange, onBlur, status, updatedAt, error, links, onOpenDoc, retryLoad, history }: FieldProps) {
  return (
    <div className="note-editor">
      <MarkdownTextarea
        wrapClassName="note-field"
        className="note-input"
        aria-label="Note for this document (Markdown)"
        placeholder={readOnly ? '' : 'Write a note — it is saved as you type. Markdown works: *italic*, **bold**, - lists, > quotes; [[ links to a document.'}
        spellCheck
        readOnly={readOnly}
        value={text}
        onChange={onChange ?? (() => undefined)}
        {...(onBlur ? { onBlur } : {})}
      />
      <div className="note-status-row">
        <span className="note-preview-label">Preview</span>
        <span className={`note-status status-${status}`} role="status" title={error ?? undefined}>
          {statusText(status, updatedAt)}
          {retryLoad && (
            <button type="button" className="link-button" onClick={retryLoad}>
              Try again
            </button>
          )}
        </span>
        {history}
      </div>
      <NotePreview markdown={text} links={links} onOpenDoc={onOpenDoc} />
    </div>
  );
}

/** The loaded note, saved as it is typed (mirrored to a local draft until each save is confirmed). */
interface LoadedProps {
  docId: number;
  noteId: number | null;
  stored: string;
  text: string;
  updatedAt: string | null;
  links: Note['links'];
  onOpenDoc: OpenDoc;
  /** A version was restored from the history: load the note again. */
  reload: () => void;
}

function LoadedNote({ docId, noteId, stored, text, updatedAt, links, onOpenDoc, reload }: LoadedProps) {
  const [saved, setSaved] = useState({ updatedAt, links, noteId });
  const save = useCallback((body: string, keepalive: boolean) => api.call('notes.save', { docId, body }, { keepalive }), [docId]);
  const onSaved = useCallback((note: Note) => setSaved({ updatedAt: note.updatedAt, links: note.links, noteId: note.id }), []);
  const note = useAutosave(text, save, { stored, draft: noteDraft(docId), onSaved });
  return (
    <NoteField
      text={note.text}
      readOnly={false}
      onChange={note.setText}
      onBlur={() => note.flush()}
      status={note.status}
      updatedAt={saved.updatedAt}
      error={note.error}
      links={saved.links}
      onOpenDoc={onOpenDoc}
      history={<HistoryButton kind="note" id={saved.noteId} label="Note on this document" beforeOpen={() => note.flush()} onRestored={reload} />}
    />
  );
}

/** The note for one document; mounted per document so switching flushes and resets. */
export function NoteEditor({ docId, onOpenDoc }: { docId: number; onOpenDoc: OpenDoc }) {
  const load = useNote(docId);
  if (load.status === 'ready') {
    return (
      <LoadedNote
        key={docId}
        docId={docId}
        noteId={load.noteId}
        stored={load.stored}
        text={load.text}
        updatedAt={load.updatedAt}
        links={load.links}
        onOpenDoc={onOpenDoc}
        reload={load.retryLoad}
      />
    );
  }
  return (
    <NoteField
      text=""
      readOnly
      status={load.status}
      updatedAt={null}
      error={load.status === 'load-error' ? load.error : null}
      links={[]}
      onOpenDoc={onOpenDoc}
      {...(load.status === 'load-error' ? { retryLoad: load.retryLoad } : {})}
    />
  );
}
