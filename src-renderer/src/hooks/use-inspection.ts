import { useEffect, useState } from 'react';
import type { Arg, QueryInspection } from '@contract';
import { api } from '../api/client';
import { FACET_FIELDS, type SearchFilters } from './use-search';

/** A little longer than the search's own debounce: the chips follow a pause in typing, never each key. */
const DEBOUNCE_MS = 180;

/**
 * What the query became (`search.inspect`), for the chips under the search
 * box and the explanation of an empty result. Asked only when the query has
 * words; an answer for an older query is dropped, and a failure leaves no chips
 * (the inspector explains; it must never stand in the way of searching).
 */
export function useInspection(query: string, filters: SearchFilters, version: unknown): QueryInspection | null {
  const [answer, setAnswer] = useState<QueryInspection | null>(null);
  const q = query.trim();
  useEffect(() => {
    if (q === '') return undefined;
    let live = true;
    const timer = window.setTimeout(() => {
      const arg: Arg<'search.inspect'> = { query: q };
      if (filters.yearFrom !== null) arg.yearFrom = filters.yearFrom;
      if (filters.yearTo !== null) arg.yearTo = filters.yearTo;
      for (const k of FACET_FIELDS) {
        const v = filters.fields[k];
        if (v !== undefined) arg[k] = v;
      }
      api.call('search.inspect', arg).then(
        (r) => {
          if (live) setAnswer(r);
        },
        () => {
          if (live) setAnswer(null);
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [q, filters, version]);
  return q !== '' && answer?.query === q ? answer : null;
}
