import { useState } from 'react';
import type { Note } from '@contract';
import { api, errorMessage } from '../../api/client';
import { useResearchNote, type SaveStatus } from '../../hooks/use-research-note';
import { deleteNote } from '../../lib/notes-store';
import { setTags } from '../../lib/tag-store';
import { showToast } from '../../lib/toasts';
import { TagEditor } from '../common/TagEditor';
import { HistoryButton } from '../history/HistoryButton';
import { MarkdownTextarea } from './MarkdownTextarea';
import { NotePreview } from './NotePreview';

const STATUS: Record<SaveStatus, string> = { clean: '', pending: 'Saving…', saving: 'Saving…', saved: 'Saved', error: 'Not saved — will retry' };

interface Props {
  note: Note;
  onBack: () => void;
  onDeleted: () => void;
  onRestored: (n: Note) => void;
  /** A version was restored from the history: show the note as it now is. */
  onReplaced: (n: Note) => void;
  onOpenDoc: (id: number, other?: boolean) => void;
}

/** A research note: title, tags, Markdown body with `[[` links, live preview; all autosaved. */
export function ResearchEditor({ note, onBack, onDeleted, onRestored, onReplaced, onOpenDoc }: Props) {
  const n = useResearchNote(note);
  const [tags, setLocalTags] = useState(note.tags);
  const changeTags = (list: string[]): void => {
    setLocalTags(list);
    setTags({ noteId: note.id }, list).then(setLocalTags, (err: unknown) => showToast(`Tags not saved: ${errorMessage(err)}`));
  };
  return (
    <div className="research-editor">
      <div className="research-bar">
        <button type="button" className="link-button" onClick={onBack}>
          ← All notes
        </button>
        <span className={`note-status status-${n.status === 'clean' ? 'clean' : n.status}`} role="status" title={n.error ?? undefined}>
          {STATUS[n.status]}
        </span>
        <HistoryButton
          kind="note"
          id={note.id}
          label={n.draft.title || note.title}
          beforeOpen={() => n.flush()}
          onRestored={() => {
            api.call('notes.open', { id: note.id }).then(onReplaced, (err: unknown) => showToast(`Could not reopen the note: ${errorMessage(err)}`));
          }}
        />
      </div>
      <input
        className="research-title-input"
        aria-label="Title of the note"
        placeholder="Title"
        value={n.draft.title === 'Untitled note' ? '' : n.draft.title}
        onChange={(e) => n.set({ title: e.target.value })}
        onBlur={() => n.flush()}
      />
      <TagEditor tags={tags} onChange={changeTags} label="Tags of this note" />
      <MarkdownTextarea
        wrapClassName="note-field"
        className="note-input"
        aria-label="Research note (Markdown)"
        placeholder="Write — Markdown works; type [[ to link a document."
        spellCheck
        value={n.draft.body}
        onChange={(body) => n.set({ body })}
        onBlur={() => n.flush()}
      />
      <NotePreview markdown={n.draft.body} links={n.links} onOpenDoc={onOpenDoc} />
      <div className="research-foot">
        <button
          type="button"
          className="link-button danger"
          onClick={() => {
            n.flush();
            void deleteNote({ ...note, title: n.draft.title || note.title }, onRestored).then((ok) => ok && onDeleted());
          }}
        >
          Delete note
        </button>
      </div>
    </div>
  );
}
