import { useEffect, useState } from 'react';
import type { SearchResponse } from '@contract';
import { api } from '../api/client';
import type { SearchArgs } from './use-search';

type Years = SearchResponse['facets']['year'];

/**
 * The years of the search without its year filter, so the histogram keeps
 * showing the whole span (and the selected range within it) once a range is
 * picked. Without a year filter the response's own years serve.
 */
export function useYearContext(facets: SearchResponse['facets'] | null, args: SearchArgs | null): Years {
  const ranged = args !== null && (args.yearFrom !== undefined || args.yearTo !== undefined);
  const [context, setContext] = useState<{ args: SearchArgs; years: Years } | null>(null);

  useEffect(() => {
    if (!ranged || !args) return;
    let live = true;
    const wide: SearchArgs = { ...args, scope: 'documents', offset: 0, limit: 1, live: false };
    delete wide.yearFrom;
    delete wide.yearTo;
    api.call('library.search', wide).then(
      (r) => {
        if (live) setContext({ args, years: r.facets.year });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [ranged, args]);

  if (!ranged) return facets?.year ?? [];
  return context?.args === args ? context.years : (facets?.year ?? []);
}
