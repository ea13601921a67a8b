import { useEffect, useState } from 'react';
import type { Note } from '@contract';
import { api, errorMessage } from '../../api/client';
import { exportNotes } from '../../lib/export-notes';
import { createNote, noteChanged } from '../../lib/notes-store';
import { showToast } from '../../lib/toasts';
import { TrashButton } from '../trash/TrashButton';
import { ResearchEditor } from './ResearchEditor';
import { ResearchList } from './ResearchList';

interface Props {
  openId: number | null;
  onOpenId: (id: number | null) => void;
  onOpenDoc: (id: number, other?: boolean) => void;
}

/** Free-standing research notes: the list, or one note open for writing. */
export function ResearchTab({ openId, onOpenId, onOpenDoc }: Props) {
  const [note, setNote] = useState<Note | null>(null);

  // Open the remembered (or requested) note.
  useEffect(() => {
    if (openId === null || note?.id === openId) return;
    let live = true;
    api.call('notes.open', { id: openId }).then(
      (n) => {
        if (live) setNote(n);
      },
      () => {
        if (live) onOpenId(null);
      },
    );
    return () => {
      live = false;
    };
  }, [openId, note, onOpenId]);

  if (openId !== null) {
    if (!note || note.id !== openId) return <p className="hint">Opening…</p>;
    return (
      <ResearchEditor
        key={`${note.id}:${note.updatedAt}`}
        note={note}
        onBack={() => onOpenId(null)}
        onDeleted={() => onOpenId(null)}
        onRestored={(n) => onOpenId(n.id)}
        onReplaced={(n) => {
          noteChanged(n);
          setNote(n);
        }}
        onOpenDoc={onOpenDoc}
      />
    );
  }
  return (
    <div className="research-tab">
      <div className="research-actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            void createNote().then((n) => {
              if (!n) return;
              setNote(n);
              onOpenId(n.id);
            });
          }}
        >
          New note
        </button>
        <button
          type="button"
          className="button button-quiet"
          title="Download every note (document notes and research notes) as Markdown"
          onClick={() => {
            exportNotes().then(
              (n) => showToast(n === 0 ? 'There are no notes to export' : `Exported ${n === 1 ? '1 note' : `${n} notes`}`),
              (err: unknown) => showToast(`Export failed: ${errorMessage(err)}`),
            );
          }}
        >
          Export notes…
        </button>
        <TrashButton className="button button-quiet" />
      </div>
      <ResearchList
        onOpen={(n) => {
          setNote(n);
          onOpenId(n.id);
        }}
      />
    </div>
  );
}
