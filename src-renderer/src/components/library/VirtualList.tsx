import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

interface Props {
  id: string;
  count: number;
  /** Height of a row, given the list's inner width. */
  rowHeight: (index: number, width: number) => number;
  renderRow: (index: number, height: number) => ReactNode;
  /** Row to keep in view (keyboard navigation). */
  activeIndex: number | null;
  /** Row to bring into view when it changes (the open document). */
  revealIndex: number | null;
  activeId?: string;
  label: string;
  onKeyDown?: (e: KeyboardEvent<HTMLDivElement>) => void;
  /** Told which rows [first, last) are rendered, e.g. to fetch their data. */
  onRange?: (first: number, last: number) => void;
}

const OVERSCAN_PX = 600;

/** Renders only the rows in (and near) the viewport; row heights are fixed per row. */
export function VirtualList({ id, count, rowHeight, renderRow, activeIndex, revealIndex, activeId, label, onKeyDown, onRange }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(800);
  const [width, setWidth] = useState(300);

  const offsets = useMemo(() => {
    const out = new Array<number>(count + 1);
    out[0] = 0;
    for (let i = 0; i < count; i++) out[i + 1] = (out[i] ?? 0) + rowHeight(i, width);
    return out;
  }, [count, rowHeight, width]);
  const total = offsets[count] ?? 0;

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = (): void => {
      setHeight(el.clientHeight);
      setWidth(el.clientWidth);
    };
    measure();
    const ro = new ResizeObserver(measure);
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

  useEffect(() => {
    const el = scroller.current;
    if (!el || revealIndex === null) return;
    const top = offsets[revealIndex] ?? 0;
    const bottom = offsets[revealIndex + 1] ?? top;
    if (top < el.scrollTop || bottom > el.scrollTop + el.clientHeight) {
      el.scrollTop = Math.max(0, top - el.clientHeight / 3);
    }
    // Only when the revealed row changes, not on every layout change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revealIndex]);

  const first = Math.max(0, lowerBound(offsets, scrollTop - OVERSCAN_PX) - 1);
  const last = Math.min(count, lowerBound(offsets, scrollTop + height + OVERSCAN_PX) + 1);
  useEffect(() => {
    onRange?.(first, last);
  }, [onRange, first, last]);
  const rows: ReactNode[] = [];
  for (let i = first; i < last; i++) {
    const top = offsets[i] ?? 0;
    const h = (offsets[i + 1] ?? top) - top;
    rows.push(
      <div key={i} className="vrow" style={{ top, height: h }}>
        {renderRow(i, h)}
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
