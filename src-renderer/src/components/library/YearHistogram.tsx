import { useRef, useState, type PointerEvent } from 'react';
import { rangeLabel, yearBins } from '../../lib/year-bins';

interface Props {
  years: ReadonlyArray<{ value: number; count: number }>;
  yearFrom: number | null;
  yearTo: number | null;
  onRange: (from: number | null, to: number | null) => void;
}

const fmt = (n: number): string => n.toLocaleString('en-GB');
const sumOf = (bins: ReadonlyArray<{ from: number; to: number; count: number }>, from: number, to: number): number =>
  bins.filter((b) => b.from >= from && b.to <= to).reduce((t, b) => t + b.count, 0);

/** Matches per year (or decade): click a bar for that year, drag across bars for a range. */
export function YearHistogram({ years, yearFrom, yearTo, onRange }: Props) {
  const bins = yearBins(years);
  const bars = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<{ a: number; b: number } | null>(null);
  const [hover, setHover] = useState<number | null>(null);
  if (bins.length === 0) return null;
  const max = Math.max(...bins.map((b) => b.count));
  const filtered = yearFrom !== null || yearTo !== null;

  const binAt = (clientX: number): number => {
    const box = bars.current?.getBoundingClientRect();
    if (!box || box.width === 0) return 0;
    return Math.min(bins.length - 1, Math.max(0, Math.floor(((clientX - box.left) / box.width) * bins.length)));
  };
  const onDown = (e: PointerEvent<HTMLDivElement>): void => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    const i = binAt(e.clientX);
    setDrag({ a: i, b: i });
  };
  const onMove = (e: PointerEvent<HTMLDivElement>): void => {
    if (drag) setDrag({ a: drag.a, b: binAt(e.clientX) });
    else setHover(binAt(e.clientX));
  };
  const onUp = (): void => {
    if (!drag) return;
    const lo = bins[Math.min(drag.a, drag.b)];
    const hi = bins[Math.max(drag.a, drag.b)];
    setDrag(null);
    if (!lo || !hi) return;
    // Clicking the selected range again clears it.
    if (lo.from === yearFrom && hi.to === yearTo) onRange(null, null);
    else onRange(lo.from, hi.to);
  };
  const inDrag = (i: number): boolean => drag !== null && i >= Math.min(drag.a, drag.b) && i <= Math.max(drag.a, drag.b);
  const inFilter = (from: number, to: number): boolean => filtered && to >= (yearFrom ?? -Infinity) && from <= (yearTo ?? Infinity);
  const dragLo = drag ? bins[Math.min(drag.a, drag.b)] : undefined;
  const dragHi = drag ? bins[Math.max(drag.a, drag.b)] : undefined;
  const over = hover === null ? undefined : bins[hover];
  const caption =
    dragLo && dragHi
      ? `${rangeLabel(dragLo.from, dragHi.to)}: ${fmt(sumOf(bins, dragLo.from, dragHi.to))}`
      : over
        ? `${over.label}: ${fmt(over.count)}`
        : filtered
          ? rangeLabel(yearFrom, yearTo)
          : null;
  const first = bins[0];
  const last = bins[bins.length - 1];

  return (
    <div className="year-hist">
      <div
        ref={bars}
        className={drag ? 'year-bars dragging' : 'year-bars'}
        role="group"
        aria-label="Documents per year: click a bar, or drag across bars for a range"
        onPointerDown={onDown}
        onPointerMove={onMove}
        onPointerUp={onUp}
        onPointerCancel={() => setDrag(null)}
        onPointerLeave={() => setHover(null)}
      >
        {bins.map((b, i) => {
          const cls = ['year-bar', inDrag(i) ? 'dragged' : '', inFilter(b.from, b.to) ? 'in' : '', b.count === 0 ? 'empty' : ''].filter(Boolean).join(' ');
          return (
            <div
              key={b.from}
              className={cls}
              data-from={b.from}
              data-to={b.to}
              data-count={b.count}
              title={`${b.label}: ${fmt(b.count)} ${b.count === 1 ? 'document' : 'documents'}`}
            >
              <span style={{ height: b.count === 0 ? 0 : `max(2px, ${(b.count / max) * 100}%)` }} />
            </div>
          );
        })}
      </div>
      <div className="year-axis">
        <span>{first?.label}</span>
        {caption !== null && <span className="year-caption">{caption}</span>}
        {last !== first && <span>{last?.label}</span>}
      </div>
    </div>
  );
}
