import { useCallback, useEffect, useState } from 'react';
import type { DocSummary, LibraryOverview } from '../../../src-main/contract/views';
import { api, errorMessage } from '../api/client';

export interface LibraryState {
  docs: DocSummary[] | null;
  overview: LibraryOverview | null;
  error: string | null;
  /** Bumped after every reload so dependent views (search) can refresh too. */
  version: number;
  reload: () => void;
}

/** The whole library list and its overview (years, senders), reloadable after an import. */
export function useLibrary(): LibraryState {
  const [docs, setDocs] = useState<DocSummary[] | null>(null);
  const [overview, setOverview] = useState<LibraryOverview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    Promise.all([api.call('library.list', {}), api.call('library.overview', {})]).then(
      ([list, ov]) => {
        if (!live) return;
        setDocs(list);
        setOverview(ov);
        setError(null);
      },
      (err: unknown) => {
        if (live) setError(errorMessage(err));
      },
    );
    return () => {
      live = false;
    };
  }, [version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { docs, overview, error, version, reload };
}
