import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { highlightsOf, loadHighlights, subscribeHighlights, type HighlightsEntry } from '../lib/highlight-store';

const NONE: HighlightsEntry = { status: 'ready', items: [], error: null };

/** The highlights of a document, kept in sync across every view of it. */
export function useHighlights(docId: number | null, version = 0): HighlightsEntry {
  useEffect(() => {
    if (docId !== null) loadHighlights(docId);
  }, [docId, version]);
  const get = useCallback(() => (docId === null ? NONE : highlightsOf(docId)), [docId]);
  return useSyncExternalStore(subscribeHighlights, get);
}
