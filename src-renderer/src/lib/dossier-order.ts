import type { DossierItem } from '@contract';

export type DropSide = 'before' | 'after';

/** Move `id` before or after `target` (or by `delta` places): the new complete order. */
export function moved(items: readonly DossierItem[], id: number, to: { target: number; side: DropSide } | { delta: -1 | 1 }): DossierItem[] {
  const from = items.findIndex((i) => i.id === id);
  const item = items[from];
  if (!item) return [...items];
  const rest = items.filter((i) => i.id !== id);
  let at: number;
  if ('delta' in to) at = Math.max(0, Math.min(rest.length, from + to.delta));
  else {
    const t = rest.findIndex((i) => i.id === to.target);
    if (t < 0) return [...items];
    at = to.side === 'before' ? t : t + 1;
  }
  return [...rest.slice(0, at), item, ...rest.slice(at)];
}
