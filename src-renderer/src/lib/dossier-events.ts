import { useStore } from '../hooks/use-store';
import { createListeners, createStore } from './create-store';

/**
 * Dossiers change from several places (the list, the picker, the editor); one
 * counter tells every view to reload, and one channel asks the app to open one.
 */
const version = createStore(0);

export function dossiersChanged(): void {
  version.set((v) => v + 1);
}

export function useDossiersVersion(): number {
  return useStore(version);
}

const openers = createListeners<[id: number]>();

/** Ask the app to show this dossier in the reader area (from a toast, the picker…). */
export function requestOpenDossier(id: number): void {
  openers.emit(id);
}

export function onOpenDossierRequest(o: (id: number) => void): () => void {
  return openers.add(o);
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
