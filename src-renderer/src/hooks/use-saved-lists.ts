import { useEffect, useState } from 'react';
import type { SavedSearch, WorkingSet } from '@contract';
import { api, errorMessage } from '../api/client';
import { useSavedVersion } from '../lib/saved-store';

export interface SavedLists {
  searches: SavedSearch[];
  sets: WorkingSet[];
  error: string | null;
}

/** Saved searches and working sets, reloaded whenever one changes (or the library does: a set's count of documents left). */
export function useSavedLists(libraryVersion: unknown): SavedLists {
  const version = useSavedVersion();
  const [lists, setLists] = useState<SavedLists>({ searches: [], sets: [], error: null });
  useEffect(() => {
    let live = true;
    Promise.all([api.call('saved.searches.list', {}), api.call('sets.list', {})]).then(
      ([searches, sets]) => live && setLists({ searches, sets, error: null }),
      (err: unknown) => live && setLists((l) => ({ ...l, error: errorMessage(err) })),
    );
    return () => {
      live = false;
    };
  }, [version, libraryVersion]);
  return lists;
}
