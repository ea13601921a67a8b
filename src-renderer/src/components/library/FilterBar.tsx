import type { LibraryOverview } from '../../../../src-main/contract/views';
import { NO_FILTERS, type SearchFilters } from '../../hooks/use-search';
import { useAllTags } from '../../hooks/use-tags';

interface Props {
  overview: LibraryOverview | null;
  filters: SearchFilters;
  onFilters: (f: SearchFilters) => void;
}

/** Year, sender and tag filters for the search. */
export function FilterBar({ overview, filters, onFilters }: Props) {
  const years = overview?.years ?? [];
  const senders = overview?.senders ?? [];
  const tags = useAllTags();
  const active = filters.year !== null || filters.from !== null || filters.tag !== null;
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
      {(tags.length > 0 || filters.tag !== null) && (
        <select
          aria-label="Filter by tag"
          className={filters.tag !== null ? 'tag-select set' : 'tag-select'}
          value={filters.tag ?? ''}
          onChange={(e) => onFilters({ ...filters, tag: e.target.value === '' ? null : e.target.value })}
        >
          <option value="">All tags</option>
          {tags.map((t) => (
            <option key={t.tag} value={t.tag}>
              {t.tag} ({t.count})
            </option>
          ))}
        </select>
      )}
      {active && (
        <button type="button" className="link-button" onClick={() => onFilters(NO_FILTERS)}>
          Clear
        </button>
      )}
    </div>
  );
}
