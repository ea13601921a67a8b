import { FACET_FIELDS, hasFilters, NO_FILTERS, type FacetField, type SearchFilters } from '../../hooks/use-search';
import { rangeLabel } from '../../lib/year-bins';

const NAMES: Record<FacetField, string> = {
  from: 'From', to: 'To', person: 'Person', place: 'Place', collection: 'Collection', classification: 'Class.', tag: 'Tag',
  caveat: 'Handling', repository: 'Repository', translation: 'Translation', paraphrase: 'Paraphrase', redacted: 'Withheld', set: 'Within set',
};

interface Props {
  filters: SearchFilters;
  labels: Partial<Record<FacetField, string>>;
  onFilters: (f: SearchFilters) => void;
}

/** The active filters, each removable; "Clear" removes them all. */
export function FilterChips({ filters, labels, onFilters }: Props) {
  if (!hasFilters(filters)) return null;
  const without = (field: FacetField): SearchFilters => {
    const fields = Object.fromEntries(Object.entries(filters.fields).filter(([k]) => k !== field));
    return { ...filters, fields };
  };
  const years = filters.yearFrom !== null || filters.yearTo !== null;
  const count = FACET_FIELDS.filter((f) => filters.fields[f] !== undefined).length + (years ? 1 : 0);
  return (
    <div className="filter-chips" aria-label="Active filters">
      {years && (
        <button type="button" className="filter-chip" aria-label={`Remove the filter ${rangeLabel(filters.yearFrom, filters.yearTo)}`} onClick={() => onFilters({ ...filters, yearFrom: null, yearTo: null })}>
          <span className="chip-text">{rangeLabel(filters.yearFrom, filters.yearTo)}</span>
          <span className="chip-x" aria-hidden="true">×</span>
        </button>
      )}
      {FACET_FIELDS.map((field) => {
        const value = filters.fields[field];
        if (value === undefined) return null;
        const text = `${NAMES[field]}: ${labels[field] ?? value}`;
        return (
          <button key={field} type="button" className="filter-chip" title={text} aria-label={`Remove the filter ${text}`} onClick={() => onFilters(without(field))}>
            <span className="chip-text">{text}</span>
            <span className="chip-x" aria-hidden="true">×</span>
          </button>
        );
      })}
      {count > 1 && (
        <button type="button" className="link-button" onClick={() => onFilters(NO_FILTERS)}>
          Clear all
        </button>
      )}
    </div>
  );
}
