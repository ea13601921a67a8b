import { useEffect, useRef, useState } from 'react';
import type { SearchResponse } from '../../../src-main/contract/views';
import { api, errorMessage } from '../api/client';

export interface SearchFilters {
  year: number | null;
  from: string | null;
}

export interface SearchState {
  response: SearchResponse | null;
  pending: boolean;
  error: string | null;
}

const DEBOUNCE_MS = 120;
const LIMIT = 200;

/** Search as you type: debounced, and responses to superseded queries are dropped. */
export function useSearch(query: string, filters: SearchFilters, version: number): SearchState {
  const [state, setState] = useState<SearchState>({ response: null, pending: false, error: null });
  const seq = useRef(0);
  const active = query.trim() !== '' || filters.year !== null || filters.from !== null;

  useEffect(() => {
    const mine = ++seq.current;
    if (!active) return;
    const timer = window.setTimeout(() => {
      setState((s) => ({ ...s, pending: true }));
      api
        .call('library.search', {
          query: query.trim(),
          limit: LIMIT,
          ...(filters.year !== null ? { year: filters.year } : {}),
          ...(filters.from !== null ? { from: filters.from } : {}),
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
  }, [active, query, filters.year, filters.from, version]);

  return active ? state : { response: null, pending: false, error: null };
}
