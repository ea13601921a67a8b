import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

interface Props {
  id: string;
  count: number;
  rowHeight: (index: number) => number;
  renderRow: (index: number) => ReactNode;
  /** Row to keep in view (keyboard navigation). */
  activeIndex: number | null;
  activeId?: string;
  label: string;
  onKeyDown?: (e: KeyboardEvent<HTMLDivElement>) => void;
}

const OVERSCAN_PX = 600;

/** Renders only the rows in (and near) the viewport; row heights are fixed per row. */
export function VirtualList({ id, count, rowHeight, renderRow, activeIndex, activeId, label, onKeyDown }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(800);

  const offsets = useMemo(() => {
    const out = new Array<number>(count + 1);
    out[0] = 0;
    for (let i = 0; i < count; i++) out[i + 1] = (out[i] ?? 0) + rowHeight(i);
    return out;
  }, [count, rowHeight]);
  const total = offsets[count] ?? 0;

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    setHeight(el.clientHeight);
    const ro = new ResizeObserver(() => setHeight(el.clientHeight));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  useEffect(() => {
    const el = scroller.current;
    if (!el || activeIndex === null) return;
    const top = offsets[activeIndex] ?? 0;
    const bottom = offsets[activeIndex + 1] ?? top;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (bottom > el.scrollTop + el.clientHeight) el.scrollTop = bottom - el.clientHeight;
  }, [activeIndex, offsets]);

  const first = Math.max(0, lowerBound(offsets, scrollTop - OVERSCAN_PX) - 1);
  const last = Math.min(count, lowerBound(offsets, scrollTop + height + OVERSCAN_PX) + 1);
  const rows: ReactNode[] = [];
  for (let i = first; i < last; i++) {
    rows.push(
      <div key={i} className="vrow" style={{ top: offsets[i] ?? 0, height: rowHeight(i) }}>
        {renderRow(i)}
      </div>,
    );
  }

  return (
    <div
      id={id}
      ref={scroller}
      className="vlist"
      role="listbox"
      aria-label={label}
      aria-activedescendant={activeId}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <div className="vlist-inner" style={{ height: total }}>
        {rows}
      </div>
    </div>
  );
}

/** First index whose offset is ≥ value. */
function lowerBound(offsets: readonly number[], value: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((offsets[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
