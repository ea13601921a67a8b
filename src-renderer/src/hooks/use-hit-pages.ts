import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SearchHit, SearchResponse } from '@contract';
import { api } from '../api/client';
import { PAGE, type SearchArgs } from './use-search';

export interface HitPages {
  total: number;
  /** The hit at a rank, or undefined while its page is on its way. */
  hitAt: (index: number) => SearchHit | undefined;
  /** Every loaded hit at its rank (sparse): for F3 stepping and selection. */
  loaded: ReadonlyArray<SearchHit | undefined>;
  /** Ask for the pages covering ranks [first, last). */
  request: (first: number, last: number) => void;
}

interface Store {
  response: SearchResponse | null;
  pages: ReadonlyMap<number, SearchHit[]>;
}

/**
 * The ranked document hits of a search, page by page: the first page comes
 * with the response; the others are fetched when the list shows their rows.
 * Pages answering an older search are dropped.
 */
export function useHitPages(response: SearchResponse | null, args: SearchArgs | null): HitPages {
  const [store, setStore] = useState<Store>({ response: null, pages: new Map() });
  const current = useRef(response);
  const inflight = useRef(new Set<number>());
  useEffect(() => {
    current.current = response;
    inflight.current = new Set();
  }, [response]);

  const pages = store.response === response ? store.pages : null;
  const total = response?.total ?? 0;

  const hitAt = useCallback(
    (i: number): SearchHit | undefined => {
      if (!response) return undefined;
      const first = response.hits[i - response.offset];
      if (first && i >= response.offset) return first;
      return pages?.get(Math.floor(i / PAGE))?.[i % PAGE];
    },
    [response, pages],
  );

  const request = useCallback(
    (first: number, last: number): void => {
      if (!response || !args || last <= first) return;
      for (let p = Math.floor(first / PAGE); p <= Math.floor((last - 1) / PAGE); p++) {
        const start = p * PAGE;
        if (start >= response.offset && start + PAGE <= response.offset + response.hits.length) continue;
        if (start >= total || pages?.has(p) || inflight.current.has(p)) continue;
        inflight.current.add(p);
        const asked = response;
        api.call('library.search', { ...args, scope: 'documents', offset: start, limit: PAGE, live: false }).then(
          (r) => {
            if (current.current !== asked) return;
            setStore((s) => {
              const next = new Map(s.response === asked ? s.pages : []);
              next.set(p, r.hits);
              return { response: asked, pages: next };
            });
          },
          () => {
            if (current.current === asked) inflight.current.delete(p);
          },
        );
      }
    },
    [response, args, pages, total],
  );

  const loaded = useMemo(() => {
    const list = new Array<SearchHit | undefined>(total);
    if (!response) return list;
    response.hits.forEach((h, i) => (list[response.offset + i] = h));
    pages?.forEach((hits, p) => hits.forEach((h, i) => (list[p * PAGE + i] = h)));
    return list;
  }, [response, pages, total]);

  return { total, hitAt, loaded, request };
}
