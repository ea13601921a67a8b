import type { NotesSide } from '../../lib/workspace';

const OPTIONS: Array<{ side: NotesSide; label: string; title: string; path: string }> = [
  { side: 'left', label: 'Notes on the left', title: 'Put the notes left of the readers', path: 'M6 2.5v11' },
  { side: 'right', label: 'Notes on the right', title: 'Put the notes right of the readers', path: 'M10 2.5v11' },
  { side: 'hidden', label: 'Hide the notes', title: 'Hide the notes (Alt+N cycles)', path: 'M4 4l8 8M12 4l-8 8' },
];

/** Where the notes pane sits: left or right of the readers, or hidden. */
export function NotesSideToggle({ side, onSide }: { side: NotesSide; onSide: (s: NotesSide) => void }) {
  return (
    <div className="side-toggle" role="radiogroup" aria-label="Notes position">
      {OPTIONS.map((o) => (
        <button key={o.side} type="button" role="radio" aria-checked={side === o.side} aria-label={o.label} title={o.title} onClick={() => onSide(o.side)}>
          <svg viewBox="0 0 16 16" aria-hidden="true">
            {o.side !== 'hidden' && <rect x="1.5" y="2.5" width="13" height="11" rx="1.5" />}
            <path d={o.path} />
          </svg>
        </button>
      ))}
    </div>
  );
}
