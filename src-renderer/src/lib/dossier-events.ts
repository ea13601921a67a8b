import { useSyncExternalStore } from 'react';

/**
 * Dossiers change from several places (the list, the picker, the editor); one
 * counter tells every view to reload, and one channel asks the app to open one.
 */
let version = 0;
const listeners = new Set<() => void>();

export function dossiersChanged(): void {
  version++;
  for (const l of listeners) l();
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function useDossiersVersion(): number {
  return useSyncExternalStore(subscribe, () => version);
}

const openers = new Set<(id: number) => void>();

/** Ask the app to show this dossier in the reader area (from a toast, the picker…). */
export function requestOpenDossier(id: number): void {
  for (const o of openers) o(id);
}

export function onOpenDossierRequest(o: (id: number) => void): () => void {
  openers.add(o);
  return () => openers.delete(o);
}

/** Saves still in flight (commentary, introduction): an export waits for them. */
const pending = new Set<Promise<unknown>>();

export function trackSave<T>(p: Promise<T>): Promise<T> {
  pending.add(p);
  const done = (): void => {
    pending.delete(p);
  };
  p.then(done, done);
  return p;
}

export async function settleSaves(): Promise<void> {
  await Promise.allSettled([...pending]);
}
