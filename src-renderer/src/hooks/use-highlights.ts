import { useCallback, useEffect } from 'react';
import { highlightsOf, highlightsStore, loadHighlights, type HighlightsEntry } from '../lib/highlight-store';
import { useStore } from './use-store';

const NONE: HighlightsEntry = { status: 'ready', items: [], error: null };

/** The highlights of a document, kept in sync across every view of it. */
export function useHighlights(docId: number | null, version = 0): HighlightsEntry {
  useEffect(() => {
    if (docId !== null) loadHighlights(docId);
  }, [docId, version]);
  const select = useCallback(() => (docId === null ? NONE : highlightsOf(docId)), [docId]);
  return useStore(highlightsStore, select);
}
