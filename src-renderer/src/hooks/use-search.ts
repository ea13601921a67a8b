import { useEffect, useMemo, useRef, useState } from 'react';
import type { Arg, SearchResponse, SearchScope, SearchSort } from '@contract';
import { api, errorMessage } from '../api/client';

/**
 * The fields a facet click filters on (the same names as the query's `from:`, `to:`…); `set` is
 * "Limit to set" (a working set's name), chosen beside the facets.
 */
export type FacetField = 'from' | 'to' | 'person' | 'place' | 'collection' | 'classification' | 'tag' | 'caveat' | 'repository' | 'translation' | 'paraphrase' | 'redacted' | 'set';
export const FACET_FIELDS: readonly FacetField[] = ['from', 'to', 'person', 'place', 'collection', 'classification', 'tag', 'caveat', 'repository', 'translation', 'paraphrase', 'redacted', 'set'];

export interface SearchFilters {
  yearFrom: number | null;
  yearTo: number | null;
  fields: Partial<Record<FacetField, string>>;
}

export const NO_FILTERS: SearchFilters = { yearFrom: null, yearTo: null, fields: {} };

export type SearchArgs = Arg<'library.search'>;

export interface SearchState {
  /** The first page, with the facets and the total (null while browsing). */
  response: SearchResponse | null;
  /** The facets of the latest answer, also while browsing (the whole library). */
  facets: SearchResponse['facets'] | null;
  /** What was asked for `response`: further pages repeat it with another offset. */
  args: SearchArgs | null;
  pending: boolean;
  error: string | null;
}

const DEBOUNCE_MS = 120;
/** Document hits per request; the list asks for further pages as it scrolls. */
export const PAGE = 100;

export function hasFilters(f: SearchFilters): boolean {
  return f.yearFrom !== null || f.yearTo !== null || FACET_FIELDS.some((k) => f.fields[k] !== undefined);
}

export function isSearching(query: string, f: SearchFilters): boolean {
  return query.trim() !== '' || hasFilters(f);
}

function buildArgs(query: string, f: SearchFilters, sort: SearchSort, scope: SearchScope): SearchArgs {
  const args: SearchArgs = { query: query.trim(), sort, scope };
  if (f.yearFrom !== null) args.yearFrom = f.yearFrom;
  if (f.yearTo !== null) args.yearTo = f.yearTo;
  for (const k of FACET_FIELDS) {
    const v = f.fields[k];
    if (v !== undefined) args[k] = v;
  }
  return args;
}

/**
 * Search as you type (documents, notes and highlight comments): debounced;
 * superseded responses are dropped. With no query and no filter it still asks
 * for the facets of the whole library (one hit), so the Refine panel can start a search.
 */
export function useSearch(query: string, filters: SearchFilters, sort: SearchSort, scope: SearchScope, version: unknown): SearchState {
  const [state, setState] = useState<{ response: SearchResponse | null; args: SearchArgs | null; active: boolean; pending: boolean; error: string | null }>({
    response: null,
    args: null,
    active: false,
    pending: false,
    error: null,
  });
  const seq = useRef(0);
  const active = isSearching(query, filters);
  const args = useMemo(() => buildArgs(query, filters, sort, scope), [query, filters, sort, scope]);

  useEffect(() => {
    const mine = ++seq.current;
    const timer = window.setTimeout(() => {
      setState((s) => ({ ...s, pending: true }));
      // `live`: searched as the user types, so the research log keeps the search typed, not each keystroke.
      const ask: SearchArgs = active ? { ...args, offset: 0, limit: PAGE, live: true } : { query: '', scope: 'documents', limit: 1 };
      api.call('library.search', ask).then(
        (response) => {
          if (mine === seq.current) setState({ response, args: ask, active, pending: false, error: null });
        },
        (err: unknown) => {
          if (mine === seq.current) setState({ response: null, args: null, active, pending: false, error: errorMessage(err) });
        },
      );
    }, active ? DEBOUNCE_MS : 0);
    return () => window.clearTimeout(timer);
  }, [active, args, version]);

  const mine = state.active === active;
  return {
    response: mine && active ? state.response : null,
    args: mine && active ? state.args : null,
    facets: state.response?.facets ?? null,
    pending: active && state.pending,
    error: mine && active ? state.error : null,
  };
}
