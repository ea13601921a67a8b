import { useState } from 'react';
import { useBacklinks } from '../../hooks/use-backlinks';

interface Props {
  docId: number;
  version: number;
  onOpenNote: (noteId: number, docId: number | null) => void;
}

/** "Cited in 3 notes": the notes linking to this document, each opening that note. */
export function Backlinks({ docId, version, onOpenNote }: Props) {
  const items = useBacklinks(docId, version);
  const [open, setOpen] = useState(false);
  if (items.length === 0) return null;
  return (
    <section className="backlinks" aria-label="Cited in notes">
      <button type="button" className="backlinks-toggle" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        Cited in {items.length === 1 ? '1 note' : `${items.length} notes`}
        <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      {open && (
        <ul className="backlink-list">
          {items.map((b) => (
            <li key={b.noteId}>
              <button type="button" className="backlink" onClick={() => onOpenNote(b.noteId, b.docId)}>
                <span className="backlink-title">{b.title}</span>
                {b.snippet && <span className="backlink-snippet">{b.snippet}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
