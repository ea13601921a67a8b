import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
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

/**
 * Matches per year (or decade): click a bar for that year, drag across bars
 * for a range. From the keyboard the same: arrows move a cursor over the bars
 * (PageUp/PageDown by a decade, Home/End to the ends: a span of 1861–1927 is
 * 67 bars), Shift stretches a range from where it was first held, Enter
 * filters, Escape clears.
 */
export function YearHistogram({ years, yearFrom, yearTo, onRange }: Props) {
  const bins = yearBins(years);
  const bars = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<{ a: number; b: number } | null>(null);
  const [hover, setHover] = useState<number | null>(null);
  /** The keyboard's bar and, while Shift stretches a range, where the range began. */
  const [keys, setKeys] = useState<{ cursor: number; anchor: number | null } | null>(null);
  if (bins.length === 0) return null;
  const max = Math.max(...bins.map((b) => b.count));
  const filtered = yearFrom !== null || yearTo !== null;
  const first = bins[0];
  const last = bins[bins.length - 1];

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
  /** Filters to bins a..b (either order); choosing the range already filtered clears it. */
  const choose = (a: number, b: number): void => {
    const lo = bins[Math.min(a, b)];
    const hi = bins[Math.max(a, b)];
    if (!lo || !hi) return;
    if (lo.from === yearFrom && hi.to === yearTo) onRange(null, null);
    else onRange(lo.from, hi.to);
  };
  const onUp = (): void => {
    if (!drag) return;
    setDrag(null);
    choose(drag.a, drag.b);
  };
  /** Where the keyboard starts: the first bar of the filtered range, else the first bar with matches. */
  const startBar = (): number => {
    const inRange = bins.findIndex((b) => filtered && b.to >= (yearFrom ?? -Infinity) && b.from <= (yearTo ?? Infinity));
    return inRange >= 0 ? inRange : Math.max(0, bins.findIndex((b) => b.count > 0));
  };
  /** PageUp/PageDown: a decade (ten year bars, or one decade bar). */
  const jump = (first?.to ?? 0) > (first?.from ?? 0) ? 1 : 10;
  const onKey = (e: KeyboardEvent<HTMLDivElement>): void => {
    const at = keys ?? { cursor: startBar(), anchor: null };
    const move = (to: number): void => {
      e.preventDefault();
      const cursor = Math.min(bins.length - 1, Math.max(0, to));
      setKeys({ cursor, anchor: e.shiftKey ? (at.anchor ?? at.cursor) : null });
    };
    if (e.key === 'ArrowLeft' || e.key === 'ArrowDown') move(at.cursor - 1);
    else if (e.key === 'ArrowRight' || e.key === 'ArrowUp') move(at.cursor + 1);
    else if (e.key === 'PageDown') move(at.cursor + jump);
    else if (e.key === 'PageUp') move(at.cursor - jump);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(bins.length - 1);
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      choose(at.anchor ?? at.cursor, at.cursor);
      setKeys({ cursor: at.cursor, anchor: null });
    } else if (e.key === 'Escape' && (filtered || at.anchor !== null)) {
      // Handled here, so Escape does not also leave the search box's context.
      e.preventDefault();
      e.stopPropagation();
      if (at.anchor !== null) setKeys({ cursor: at.cursor, anchor: null });
      else onRange(null, null);
    }
  };
  const keyLo = keys ? Math.min(keys.anchor ?? keys.cursor, keys.cursor) : -1;
  const keyHi = keys ? Math.max(keys.anchor ?? keys.cursor, keys.cursor) : -1;
  const inDrag = (i: number): boolean =>
    (drag !== null && i >= Math.min(drag.a, drag.b) && i <= Math.max(drag.a, drag.b)) || (keys?.anchor != null && i >= keyLo && i <= keyHi);
  const inFilter = (from: number, to: number): boolean => filtered && to >= (yearFrom ?? -Infinity) && from <= (yearTo ?? Infinity);
  const dragLo = drag ? bins[Math.min(drag.a, drag.b)] : undefined;
  const dragHi = drag ? bins[Math.max(drag.a, drag.b)] : undefined;
  const over = hover === null ? (keys ? bins[keys.cursor] : undefined) : bins[hover];
  const keyRange = keys?.anchor != null ? { lo: bins[keyLo], hi: bins[keyHi] } : null;
  const caption =
    dragLo && dragHi
      ? `${rangeLabel(dragLo.from, dragHi.to)}: ${fmt(sumOf(bins, dragLo.from, dragHi.to))}`
      : keyRange?.lo && keyRange.hi
        ? `${rangeLabel(keyRange.lo.from, keyRange.hi.to)}: ${fmt(sumOf(bins, keyRange.lo.from, keyRange.hi.to))}`
        : over
        ? `${over.label}: ${fmt(over.count)}`
        : filtered
          ? rangeLabel(yearFrom, yearTo)
          : null;

  return (
    <div className="year-hist">
      <div
        ref={bars}
        className={drag ? 'year-bars dragging' : 'year-bars'}
        role="group"
        tabIndex={0}
        aria-label="Documents per year: click a bar, or drag across bars for a range"
        aria-describedby="year-hist-keys"
        onKeyDown={onKey}
        onBlur={() => setKeys(null)}
        onPointerDown={onDown}
        onPointerMove={onMove}
        onPointerUp={onUp}
        onPointerCancel={() => setDrag(null)}
        onPointerLeave={() => setHover(null)}
      >
        {bins.map((b, i) => {
          const cls = ['year-bar', inDrag(i) ? 'dragged' : '', inFilter(b.from, b.to) ? 'in' : '', b.count === 0 ? 'empty' : '', keys?.cursor === i ? 'cursor' : '']
            .filter(Boolean)
            .join(' ');
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
        <span className="year-caption" aria-live="polite">
          {caption}
        </span>
        {last !== first && <span>{last?.label}</span>}
      </div>
      <p id="year-hist-keys" className="visually-hidden">
        With the keyboard: arrows move between bars, Page Up and Page Down by a decade, Home and End to the first and last; Shift with these
        selects a range, Enter filters to it, Escape clears the filter.
      </p>
    </div>
  );
}
