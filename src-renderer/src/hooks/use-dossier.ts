import { useCallback, useEffect, useState } from 'react';
import type { Dossier, DossierItem } from '@contract';
import { api, errorMessage } from '../api/client';
import { dossiersChanged, trackSave, useDossiersVersion } from '../lib/dossier-events';
import { showToast } from '../lib/toasts';

export interface DossierState {
  dossier: Dossier | null;
  error: string | null;
  /** Run a call that answers with the whole dossier; show its answer (or a toast on failure). */
  change: (call: () => Promise<Dossier>, optimistic?: (d: Dossier) => Dossier) => void;
  /** One item came back from the core (commentary, mode). */
  patchItem: (item: DossierItem) => void;
}

/** One dossier, as the editor shows it; reloads when dossiers change elsewhere. */
export function useDossier(id: number): DossierState {
  const version = useDossiersVersion();
  const [dossier, setDossier] = useState<Dossier | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.call('dossiers.get', { id }).then(
      (d) => {
        if (!live) return;
        setDossier(d);
        setError(null);
      },
      (err: unknown) => live && setError(errorMessage(err)),
    );
    return () => {
      live = false;
    };
  }, [id, version]);

  const change = useCallback((call: () => Promise<Dossier>, optimistic?: (d: Dossier) => Dossier) => {
    if (optimistic) setDossier((d) => (d ? optimistic(d) : d));
    trackSave(call()).then(
      (d) => {
        setDossier(d);
        dossiersChanged();
      },
      (err: unknown) => {
        showToast(`Dossier not changed: ${errorMessage(err)}`);
        dossiersChanged();
      },
    );
  }, []);

  const patchItem = useCallback((item: DossierItem) => {
    setDossier((d) => (d ? { ...d, items: d.items.map((i) => (i.id === item.id ? item : i)) } : d));
  }, []);

  return { dossier, error, change, patchItem };
}
