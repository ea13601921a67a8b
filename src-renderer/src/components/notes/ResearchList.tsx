import { linksAsText } from '@shared/notes/note-links';
import type { Note } from '@contract';
import { useNotesList } from '../../hooks/use-notes-list';
import { formatStamp } from '../../lib/format';

/** The note's opening line as plain text: links read as their labels (or the documents' titles), Markdown marks dropped. */
function firstLine(n: Note): string {
  const text = linksAsText(n.body, (id) => n.links.find((l) => l.docId === id)?.title ?? null);
  return text.replace(/[#*_>`[\]]/g, '').trim().split('\n')[0] ?? '';
}

/** Research notes, most recent first; click one to open it. */
export function ResearchList({ onOpen }: { onOpen: (n: Note) => void }) {
  const { status, notes, error } = useNotesList();
  if (status === 'loading') return <p className="hint">Loading notes…</p>;
  if (status === 'error') return <p className="error small">Could not load the notes: {error}</p>;
  if (notes.length === 0) {
    return <p className="hint">No research notes yet. A research note stands on its own: an argument, a chronology, a draft — link documents into it with [[.</p>;
  }
  return (
    <ul className="research-list" aria-label="Research notes">
      {notes.map((n) => (
        <li key={n.id}>
          <button type="button" className="research-row" onClick={() => onOpen(n)}>
            <span className="research-title">{n.title}</span>
            <span className="research-meta">
              {formatStamp(n.updatedAt)}
              {n.links.length > 0 && ` · ${n.links.length === 1 ? '1 document' : `${n.links.length} documents`}`}
              {n.tags.length > 0 && ` · ${n.tags.join(', ')}`}
            </span>
            {firstLine(n) !== '' && <span className="research-excerpt">{firstLine(n)}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}
