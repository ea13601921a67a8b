import { useState } from 'react';

/** Search results picked for "Add N to dossier…"; a new query starts a new selection. */
export function useSelection(query: string): { selected: ReadonlySet<number>; toggleSelect: (id: number) => void; clearSelection: () => void } {
  const [picked, setPicked] = useState<{ query: string; ids: ReadonlySet<number> }>({ query: '', ids: new Set() });
  const selected = picked.query === query ? picked.ids : new Set<number>();
  const toggleSelect = (id: number): void => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setPicked({ query, ids: next });
  };
  const clearSelection = (): void => setPicked({ query, ids: new Set() });
  return { selected, toggleSelect, clearSelection };
}
