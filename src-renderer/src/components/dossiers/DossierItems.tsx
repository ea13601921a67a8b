import { useCallback, useState, type DragEvent } from 'react';
import type { Dossier, DossierItem } from '@contract';
import { api } from '../../api/client';
import type { DossierState } from '../../hooks/use-dossier';
import { trackSave } from '../../lib/dossier-events';
import { moved, type DropSide } from '../../lib/dossier-order';
import { removeItemWithUndo } from '../../lib/dossier-undo';
import { DossierItemCard } from './DossierItemCard';

const DRAG_TYPE = 'application/x-chancery-dossier-item';

interface Props {
  dossier: Dossier;
  state: DossierState;
  onOpenDoc: (id: number, other?: boolean) => void;
}

/** The dossier's documents in printing order; drag a handle, or use the arrows, to reorder. */
export function DossierItems({ dossier, state, onOpenDoc }: Props) {
  const [dragId, setDragId] = useState<number | null>(null);
  const [over, setOver] = useState<{ id: number; side: DropSide } | null>(null);
  const { change, patchItem } = state;

  const reorder = useCallback(
    (next: DossierItem[]) => {
      const itemIds = next.map((i) => i.id);
      change(() => api.call('dossiers.reorder', { dossierId: dossier.id, itemIds }), (d) => ({ ...d, items: next }));
    },
    [change, dossier.id],
  );

  const sideOf = (e: DragEvent<HTMLElement>): DropSide => {
    const r = e.currentTarget.getBoundingClientRect();
    return e.clientY < r.top + r.height / 2 ? 'before' : 'after';
  };

  return (
    <ol className="dossier-items" aria-label="Documents in this dossier">
      {dossier.items.map((item, i) => (
        <DossierItemCard
          key={item.id}
          item={item}
          index={i}
          count={dossier.items.length}
          dragging={dragId === item.id}
          dropSide={over?.id === item.id && dragId !== item.id ? over.side : null}
          onDragStart={(e) => {
            e.dataTransfer.setData(DRAG_TYPE, String(item.id));
            e.dataTransfer.effectAllowed = 'move';
            const card = e.currentTarget.closest('.dossier-item');
            if (card) e.dataTransfer.setDragImage(card, 24, 20);
            setDragId(item.id);
          }}
          onDragEnd={() => {
            setDragId(null);
            setOver(null);
          }}
          onDragOver={(e) => {
            if (dragId === null) return;
            e.preventDefault();
            e.dataTransfer.dropEffect = 'move';
            const side = sideOf(e);
            if (over?.id !== item.id || over.side !== side) setOver({ id: item.id, side });
          }}
          onDrop={(e) => {
            e.preventDefault();
            const id = Number(e.dataTransfer.getData(DRAG_TYPE)) || dragId;
            setDragId(null);
            setOver(null);
            if (id && id !== item.id) reorder(moved(dossier.items, id, { target: item.id, side: sideOf(e) }));
          }}
          onMove={(delta) => reorder(moved(dossier.items, item.id, { delta }))}
          onMode={(mode) => {
            patchItem({ ...item, mode });
            trackSave(api.call('dossiers.updateItem', { itemId: item.id, mode })).then(patchItem, () => patchItem(item));
          }}
          onRemove={() => removeItemWithUndo(state, item)}
          onOpenDoc={onOpenDoc}
          saveCommentary={(commentary, keepalive) => api.call('dossiers.updateItem', { itemId: item.id, commentary }, { keepalive }).then(patchItem)}
        />
      ))}
    </ol>
  );
}
