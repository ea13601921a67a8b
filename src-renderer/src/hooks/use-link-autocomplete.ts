import { useEffect, useState } from 'react';
import type { DocSuggestion } from '../../../src-main/contract/views';
import { api } from '../api/client';

const DEBOUNCE_MS = 80;

/** Document titles for a `[[` query, as the user types. */
export function useLinkSuggestions(query: string | null): DocSuggestion[] {
  const [state, setState] = useState<{ query: string; items: DocSuggestion[] }>({ query: '', items: [] });
  useEffect(() => {
    if (query === null) return;
    let live = true;
    const timer = window.setTimeout(() => {
      api.call('documents.suggest', { prefix: query, limit: 8 }).then(
        (items) => {
          if (live) setState({ query, items });
        },
        () => {
          if (live) setState({ query, items: [] });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [query]);
  return query === null ? [] : state.items;
}
