import type { LibraryOverview } from '../../../../src-main/contract/views';
import type { SearchFilters } from '../../hooks/use-search';

interface Props {
  overview: LibraryOverview | null;
  filters: SearchFilters;
  onFilters: (f: SearchFilters) => void;
}

/** Year and sender filters for the search. */
export function FilterBar({ overview, filters, onFilters }: Props) {
  const years = overview?.years ?? [];
  const senders = overview?.senders ?? [];
  const active = filters.year !== null || filters.from !== null;
  return (
    <div className="filter-bar">
      <select
        aria-label="Filter by year"
        className="year-select"
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
      {active && (
        <button type="button" className="link-button" onClick={() => onFilters({ year: null, from: null })}>
          Clear
        </button>
      )}
    </div>
  );
}
