import { useStore } from '../hooks/use-store';
import { createStore } from './create-store';

/** The one "Add to dossier" picker: which documents, and where to show it (viewport px). */
export interface PickerRequest {
  docIds: number[];
  left: number;
  top: number;
  /** Called after the documents were added (e.g. to clear a selection). */
  onAdded?: () => void;
}

const current = createStore<PickerRequest | null>(null);

export function openDossierPicker(docIds: number[], anchor: HTMLElement, onAdded?: () => void): void {
  const r = anchor.getBoundingClientRect();
  current.set({ docIds, left: r.left, top: r.bottom + 6, onAdded });
}

export function closeDossierPicker(): void {
  current.set(null);
}

export function usePicker(): PickerRequest | null {
  return useStore(current);
}
