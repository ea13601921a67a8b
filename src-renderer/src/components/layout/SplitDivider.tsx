import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { MAX_RATIO, MIN_RATIO } from '../../lib/workspace';

interface Props {
  ratio: number;
  /** Narrowest a pane may be, in px. */
  minPx: number;
  onRatio: (ratio: number) => void;
}

const STEP = 0.02;

/** The bar between the two readers: drag it, or focus it and use ←/→ (Home/End, Enter to even). */
export function SplitDivider({ ratio, minPx, onRatio }: Props) {
  const dragging = useRef(false);

  const ratioAt = (e: PointerEvent<HTMLDivElement>): number | null => {
    const box = e.currentTarget.parentElement?.getBoundingClientRect();
    if (!box || box.width <= 0) return null;
    const min = Math.max(MIN_RATIO, minPx / box.width);
    const max = Math.min(MAX_RATIO, 1 - minPx / box.width);
    return Math.min(max, Math.max(min, (e.clientX - box.left) / box.width));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    let next: number | null = null;
    if (e.key === 'ArrowLeft') next = ratio - STEP;
    else if (e.key === 'ArrowRight') next = ratio + STEP;
    else if (e.key === 'Home') next = MIN_RATIO;
    else if (e.key === 'End') next = MAX_RATIO;
    else if (e.key === 'Enter') next = 0.5;
    if (next === null) return;
    e.preventDefault();
    onRatio(next);
  };

  return (
    <div
      className="split-divider"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize the reader panes"
      aria-valuemin={Math.round(MIN_RATIO * 100)}
      aria-valuemax={Math.round(MAX_RATIO * 100)}
      aria-valuenow={Math.round(ratio * 100)}
      title="Drag to resize · ←/→ when focused · double-click to even"
      tabIndex={0}
      onKeyDown={onKeyDown}
      onDoubleClick={() => onRatio(0.5)}
      onPointerDown={(e) => {
        if (e.button !== 0) return;
        e.preventDefault();
        dragging.current = true;
        e.currentTarget.setPointerCapture(e.pointerId);
        e.currentTarget.focus();
      }}
      onPointerMove={(e) => {
        if (!dragging.current) return;
        const r = ratioAt(e);
        if (r !== null) onRatio(r);
      }}
      onPointerUp={(e) => {
        dragging.current = false;
        e.currentTarget.releasePointerCapture(e.pointerId);
      }}
    />
  );
}
