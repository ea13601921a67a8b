import { useCallback, useEffect } from 'react';
import { useReaderState } from '../../hooks/use-reader-state';
import { useStore } from '../../hooks/use-store';
import { onNotesRequest } from '../../lib/notes-nav';
import { notesStore } from '../../lib/notes-store';
import type { NotesSide } from '../../lib/workspace';
import { DocNotesTab } from './DocNotesTab';
import { NotesSideToggle } from './NotesSideToggle';
import { ResearchTab } from './ResearchTab';

interface Props {
  docId: number | null;
  title: string | null;
  side: NotesSide;
  onSide: (side: NotesSide) => void;
  onOpen: (id: number, other?: boolean) => void;
}

interface TabState {
  tab: 'doc' | 'research';
  noteId: number | null;
}

function parseTab(raw: unknown): TabState {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const noteId = typeof r.noteId === 'number' && Number.isSafeInteger(r.noteId) && r.noteId > 0 ? r.noteId : null;
  return { tab: r.tab === 'research' ? 'research' : 'doc', noteId };
}

/** The notes column: "This document" (note, highlights, backlinks) and "Research notes". */
export function NotesPane({ docId, title, side, onSide, onOpen }: Props) {
  const [state, update] = useReaderState('notes', parseTab);
  // Backlinks refresh whenever a research note is saved.
  const notesVersion = useStore(notesStore, (list) => list.version);
  const setTab = (tab: TabState['tab']): void => update((s) => (s.tab === tab ? s : { ...s, tab }));
  const openNote = useCallback((noteId: number | null) => update(() => ({ tab: 'research', noteId })), [update]);
  useEffect(
    () =>
      onNotesRequest((r) => {
        if (r.tab === 'research') openNote(r.noteId);
        else update((s) => ({ ...s, tab: 'doc' }));
      }),
    [openNote, update],
  );
  return (
    <div className="notes">
      <header className="notes-head">
        <div className="notes-head-row">
          <div className="notes-tabs" role="tablist" aria-label="Notes">
            <button type="button" role="tab" aria-selected={state.tab === 'doc'} onClick={() => setTab('doc')}>
              This document
            </button>
            <button type="button" role="tab" aria-selected={state.tab === 'research'} onClick={() => setTab('research')}>
              Research notes
            </button>
          </div>
          <NotesSideToggle side={side} onSide={onSide} />
        </div>
        {state.tab === 'doc' && title !== null && (
          <p className="notes-doc" title={title}>
            {title}
          </p>
        )}
      </header>
      <div className="notes-body" role="tabpanel">
        {state.tab === 'research' ? (
          <ResearchTab openId={state.noteId} onOpenId={openNote} onOpenDoc={onOpen} />
        ) : docId === null ? (
          <div className="empty-state small">
            <p>Open a document to write notes on it and see its highlights. Notes are Markdown, kept in your library and saved as you type.</p>
          </div>
        ) : (
          <DocNotesTab
            docId={docId}
            notesVersion={notesVersion}
            onOpenDoc={onOpen}
            onOpenNote={(noteId, noteDoc) => (noteDoc !== null ? onOpen(noteDoc) : openNote(noteId))}
          />
        )}
      </div>
    </div>
  );
}
