import { useEffect, useState } from 'react';
import type { DossierSummary } from '@contract';
import { api, errorMessage } from '../api/client';
import { useDossiersVersion } from '../lib/dossier-events';

export interface DossierListState {
  items: DossierSummary[] | null;
  error: string | null;
}

/** Every dossier, reloaded whenever any dossier changes. */
export function useDossierList(): DossierListState {
  const version = useDossiersVersion();
  const [state, setState] = useState<DossierListState>({ items: null, error: null });
  useEffect(() => {
    let live = true;
    api.call('dossiers.list', {}).then(
      (items) => live && setState({ items, error: null }),
      (err: unknown) => live && setState((s) => ({ items: s.items, error: errorMessage(err) })),
    );
    return () => {
      live = false;
    };
  }, [version]);
  return state;
}
