import { useCallback, useEffect, useState } from 'react';
import type { LibraryOutline, LibraryOverview } from '../../../src-main/contract/views';
import { api, errorMessage } from '../api/client';

export interface LibraryState {
  /** The browse list's shape; the documents' details are fetched as their rows show. */
  outline: LibraryOutline | null;
  overview: LibraryOverview | null;
  error: string | null;
  /** Bumped after every reload so dependent views (search) can refresh too. */
  version: number;
  reload: () => void;
}

/** The library's outline and overview (years, senders), reloadable after an import. */
export function useLibrary(): LibraryState {
  const [outline, setOutline] = useState<LibraryOutline | null>(null);
  const [overview, setOverview] = useState<LibraryOverview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    Promise.all([api.call('library.outline', {}), api.call('library.overview', {})]).then(
      ([shape, ov]) => {
        if (!live) return;
        setOutline(shape);
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
  return { outline, overview, error, version, reload };
}
