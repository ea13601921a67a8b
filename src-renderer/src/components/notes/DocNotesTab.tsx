import { Backlinks } from './Backlinks';
import { HighlightList } from './HighlightList';
import { NoteEditor } from './NoteEditor';

interface Props {
  docId: number;
  notesVersion: number;
  onOpenDoc: (id: number, other?: boolean) => void;
  onOpenNote: (noteId: number, docId: number | null) => void;
}

/** "This document": who cites it, the user's note on it, and its highlights. */
export function DocNotesTab({ docId, notesVersion, onOpenDoc, onOpenNote }: Props) {
  return (
    <div className="doc-notes">
      <Backlinks docId={docId} version={notesVersion} onOpenNote={onOpenNote} />
      <NoteEditor key={docId} docId={docId} onOpenDoc={onOpenDoc} />
      <HighlightList docId={docId} onOpenDoc={onOpenDoc} />
    </div>
  );
}
