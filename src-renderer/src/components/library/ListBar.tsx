import type { SearchScope, SearchSort } from '@contract';

export type ViewMode = 'grouped' | 'flat';

export interface Facets {
  scope: SearchScope;
  documents: number;
  notes: number;
  onScope: (s: SearchScope) => void;
}

interface Props {
  label: string;
  mode: ViewMode;
  onMode: ((m: ViewMode) => void) | null;
  /** While searching: All · Documents · Notes, with counts. */
  facets: Facets | null;
  /** While searching: best first, or by date. */
  sort: { value: SearchSort; onSort: (s: SearchSort) => void } | null;
}

/** The line above the list: what it shows, and (when browsing) grouped vs. by date. */
export function ListBar({ label, mode, onMode, facets, sort }: Props) {
  return (
    <div className="list-bar">
      <span className="list-count" aria-live="polite">
        {label}
      </span>
      {facets && (
        <div className="segmented facets" role="group" aria-label="Show">
          <button type="button" aria-pressed={facets.scope === 'all'} onClick={() => facets.onScope('all')}>
            All
          </button>
          <button type="button" aria-pressed={facets.scope === 'documents'} onClick={() => facets.onScope('documents')}>
            Documents <span className="facet-count">{facets.documents.toLocaleString('en-GB')}</span>
          </button>
          <button type="button" aria-pressed={facets.scope === 'notes'} onClick={() => facets.onScope('notes')}>
            Notes <span className="facet-count">{facets.notes.toLocaleString('en-GB')}</span>
          </button>
        </div>
      )}
      {sort && (
        <div className="segmented sort" role="group" aria-label="Sort results">
          <button type="button" aria-pressed={sort.value === 'relevance'} onClick={() => sort.onSort('relevance')} title="Best matches first">
            Relevance
          </button>
          <button type="button" aria-pressed={sort.value === 'date'} onClick={() => sort.onSort('date')} title="Oldest first">
            Date
          </button>
        </div>
      )}
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
