import type { Note } from '@contract/views';
import { useNotesList } from '../../hooks/use-notes-list';
import { formatStamp } from '../../lib/format';

const firstLine = (body: string): string => body.replace(/\[\[doc:\d+\|([^\]]*)\]\]/g, '$1').replace(/[#*_>`[\]]/g, '').trim().split('\n')[0] ?? '';

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
            {firstLine(n.body) !== '' && <span className="research-excerpt">{firstLine(n.body)}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}
