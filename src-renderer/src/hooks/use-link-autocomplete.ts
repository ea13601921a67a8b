import { useEffect, useState } from 'react';
import type { DocSuggestions } from '@contract';
import { api } from '../api/client';

const DEBOUNCE_MS = 80;
/** Candidates shown at once; the list scrolls, and says how many more typing would narrow. */
export const SUGGEST_LIMIT = 50;

export interface LinkSuggestions extends DocSuggestions {
  /** What these answer (the list may lag a keystroke behind). */
  query: string;
}

/** Documents for a `[[` query (words, a date, a number), as the user types; null while none is open or asked. */
export function useLinkSuggestions(query: string | null): LinkSuggestions | null {
  const [state, setState] = useState<LinkSuggestions | null>(null);
  useEffect(() => {
    if (query === null) return;
    let live = true;
    const timer = window.setTimeout(() => {
      api.call('documents.suggest', { prefix: query, limit: SUGGEST_LIMIT }).then(
        (found) => {
          if (live) setState({ query, ...found });
        },
        () => {
          if (live) setState({ query, total: 0, items: [] });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [query]);
  return query === null ? null : state;
}
