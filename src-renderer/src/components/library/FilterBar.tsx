import type { LibraryOverview } from '../../../../src-main/contract/views';
import type { SearchFilters } from '../../hooks/use-search';

export type ViewMode = 'grouped' | 'flat';

interface Props {
  overview: LibraryOverview | null;
  filters: SearchFilters;
  onFilters: (f: SearchFilters) => void;
  mode: ViewMode;
  onMode: ((m: ViewMode) => void) | null;
}

/** Year and sender filters, and the grouped/flat toggle when browsing. */
export function FilterBar({ overview, filters, onFilters, mode, onMode }: Props) {
  const years = overview?.years ?? [];
  const senders = overview?.senders ?? [];
  return (
    <div className="filter-bar">
      <select
        aria-label="Filter by year"
        value={filters.year ?? ''}
        onChange={(e) => onFilters({ ...filters, year: e.target.value === '' ? null : Number(e.target.value) })}
      >
        <option value="">All years</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
      <select
        aria-label="Filter by sender"
        className="sender-select"
        value={filters.from ?? ''}
        onChange={(e) => onFilters({ ...filters, from: e.target.value === '' ? null : e.target.value })}
      >
        <option value="">All senders</option>
        {senders.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
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
