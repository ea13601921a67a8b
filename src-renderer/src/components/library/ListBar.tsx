export type ViewMode = 'grouped' | 'flat';

interface Props {
  label: string;
  mode: ViewMode;
  onMode: ((m: ViewMode) => void) | null;
}

/** The line above the list: what it shows, and (when browsing) grouped vs. by date. */
export function ListBar({ label, mode, onMode }: Props) {
  return (
    <div className="list-bar">
      <span className="list-count" aria-live="polite">
        {label}
      </span>
      {onMode && (
        <div className="segmented" role="group" aria-label="List view">
          <button type="button" aria-pressed={mode === 'grouped'} onClick={() => onMode('grouped')} title="Group by volume and chapter">
            Volumes
          </button>
          <button type="button" aria-pressed={mode === 'flat'} onClick={() => onMode('flat')} title="All documents by date">
            By date
          </button>
        </div>
      )}
    </div>
  );
}
