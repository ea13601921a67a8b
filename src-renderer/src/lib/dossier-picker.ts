import { useSyncExternalStore } from 'react';

/** The one "Add to dossier" picker: which documents, and where to show it (viewport px). */
export interface PickerRequest {
  docIds: number[];
  left: number;
  top: number;
  /** Called after the documents were added (e.g. to clear a selection). */
  onAdded?: () => void;
}

let current: PickerRequest | null = null;
const listeners = new Set<() => void>();

function emit(): void {
  for (const l of listeners) l();
}

export function openDossierPicker(docIds: number[], anchor: HTMLElement, onAdded?: () => void): void {
  const r = anchor.getBoundingClientRect();
  current = { docIds, left: r.left, top: r.bottom + 6, onAdded };
  emit();
}

export function closeDossierPicker(): void {
  current = null;
  emit();
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function usePicker(): PickerRequest | null {
  return useSyncExternalStore(subscribe, () => current);
}
