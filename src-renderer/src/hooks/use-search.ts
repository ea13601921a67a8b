import { useEffect, useRef, useState } from 'react';
import type { SearchResponse, SearchScope } from '../../../src-main/contract/views';
import { api, errorMessage } from '../api/client';

export interface SearchFilters {
  year: number | null;
  from: string | null;
  tag: string | null;
}

export const NO_FILTERS: SearchFilters = { year: null, from: null, tag: null };

export interface SearchState {
  response: SearchResponse | null;
  pending: boolean;
  error: string | null;
}

const DEBOUNCE_MS = 120;
const LIMIT = 200;

export function isSearching(query: string, f: SearchFilters): boolean {
  return query.trim() !== '' || f.year !== null || f.from !== null || f.tag !== null;
}

/** Search as you type (documents, notes and highlight comments): debounced; superseded responses are dropped. */
export function useSearch(query: string, filters: SearchFilters, scope: SearchScope, version: number): SearchState {
  const [state, setState] = useState<SearchState>({ response: null, pending: false, error: null });
  const seq = useRef(0);
  const active = isSearching(query, filters);

  useEffect(() => {
    const mine = ++seq.current;
    if (!active) return;
    const timer = window.setTimeout(() => {
      setState((s) => ({ ...s, pending: true }));
      api
        .call('library.search', {
          query: query.trim(),
          limit: LIMIT,
          scope,
          ...(filters.year !== null ? { year: filters.year } : {}),
          ...(filters.from !== null ? { from: filters.from } : {}),
          ...(filters.tag !== null ? { tag: filters.tag } : {}),
        })
        .then(
          (response) => {
            if (mine === seq.current) setState({ response, pending: false, error: null });
          },
          (err: unknown) => {
            if (mine === seq.current) setState({ response: null, pending: false, error: errorMessage(err) });
          },
        );
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [active, query, filters.year, filters.from, filters.tag, scope, version]);

  return active ? state : { response: null, pending: false, error: null };
}
