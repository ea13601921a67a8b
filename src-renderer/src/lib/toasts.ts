import { createStore } from './create-store';

/** Short messages at the bottom of the window ("Highlight deleted — Undo"). */
export interface Toast {
  id: number;
  message: string;
  action?: { label: string; run: () => void };
}

export const toastsStore = createStore<Toast[]>([]);
let next = 1;
const TIMEOUT_MS = 8000;

export function dismissToast(id: number): void {
  toastsStore.set((toasts) => toasts.filter((t) => t.id !== id));
}

export function showToast(message: string, action?: Toast['action']): void {
  const id = next++;
  toastsStore.set((toasts) => [...toasts.slice(-2), { id, message, action }]);
  window.setTimeout(() => dismissToast(id), TIMEOUT_MS);
}
