import type { SearchFacets } from '@contract';
import type { FacetField, SearchFilters } from '../../hooks/use-search';
import { FacetLists } from './FacetLists';
import { PlaceMap } from './PlaceMap';
import { YearHistogram } from './YearHistogram';

interface Props {
  open: boolean;
  onOpen: (open: boolean) => void;
  facets: SearchFacets | null;
  /** The years for the histogram (the search's, without its own year filter). */
  years: SearchFacets['year'];
  filters: SearchFilters;
  onFilters: (f: SearchFilters) => void;
  onLabel: (field: FacetField, label: string) => void;
}

/** "Refine": documents per year, and sender, recipient, place… with counts, for the current search. */
export function Refine({ open, onOpen, facets, years, filters, onFilters, onLabel }: Props) {
  const pick = (field: FacetField, value: string, label: string): void => {
    // Picking the active value again removes the filter.
    const fields = Object.fromEntries(Object.entries(filters.fields).filter(([k]) => k !== field));
    onLabel(field, label);
    onFilters({ ...filters, fields: filters.fields[field] === value ? fields : { ...fields, [field]: value } });
  };
  return (
    <section className={open ? 'refine open' : 'refine'} aria-label="Refine">
      <button type="button" className="refine-toggle" aria-expanded={open} onClick={() => onOpen(!open)}>
        <svg className={open ? 'caret open' : 'caret'} viewBox="0 0 10 10" aria-hidden="true">
          <path d="M3.5 2l3 3-3 3" />
        </svg>
        Refine
      </button>
      {open && facets && (
        <div className="refine-body">
          {facets.documents === 0 && <p className="refine-empty">No documents to refine.</p>}
          <YearHistogram years={years} yearFrom={filters.yearFrom} yearTo={filters.yearTo} onRange={(yearFrom, yearTo) => onFilters({ ...filters, yearFrom, yearTo })} />
          <FacetLists facets={facets} active={filters.fields} onPick={pick} />
          <PlaceMap places={facets.places} current={filters.fields.place} onPick={(p) => pick('place', p.name, `${p.name}, ${p.country}`)} />
        </div>
      )}
    </section>
  );
}
