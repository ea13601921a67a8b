import { useCallback, useEffect, useState } from 'react';
import type { LibraryOutline } from '@contract';
import { api, errorMessage } from '../api/client';

export interface LibraryState {
  /** The browse list's shape; the documents' details are fetched as their rows show. */
  outline: LibraryOutline | null;
  error: string | null;
  /** Bumped after every reload so dependent views (search) can refresh too. */
  version: number;
  reload: () => void;
}

/** The library's outline, reloadable after an import. */
export function useLibrary(): LibraryState {
  const [outline, setOutline] = useState<LibraryOutline | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    api.call('library.outline', {}).then(
      (shape) => {
        if (!live) return;
        setOutline(shape);
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
  return { outline, error, version, reload };
}
