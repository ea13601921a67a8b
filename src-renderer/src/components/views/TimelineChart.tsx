import { useEffect, useMemo, useRef, useState } from 'react';
import type { TimelineView } from '@contract';
import { api, errorMessage } from '../../api/client';
import { useEChart, type ChartOption } from '../../hooks/use-echart';
import { toCsv } from '../../lib/chart-export';
import { dayMs, longDate, msDay, placedDay } from '../../lib/view-dates';
import { ChartExports } from './ChartExports';
import type { ViewArgs } from './ResultViews';

interface Props {
  args: ViewArgs;
  onOpen: (id: number) => void;
}

const DAY = 86_400_000;
const ZOOM_MS = 250;

/** Dots for documents (stacked by day: the nth document of a day stands at n), bars for counts. */
function chartOption(view: TimelineView, extent: [string, string], zoom: [number, number] | null): ChartOption {
  const stacked = new Map<string, number>();
  const dots = (view.docs ?? []).map((d) => {
    const day = placedDay(d.date);
    const n = (stacked.get(day) ?? 0) + 1;
    stacked.set(day, n);
    return { value: [dayMs(day), n], id: d.id, title: d.title, date: d.date };
  });
  const bars = view.buckets.map((b) => ({ value: [dayMs(b.date), b.count], date: b.date }));
  const unit = view.unit;
  return {
    animation: false,
    grid: { left: 56, right: 24, top: 36, bottom: 72 },
    tooltip: {
      trigger: 'item',
      formatter: (p: { data: { title?: string; date: string; value: [number, number] } }) =>
        p.data.title !== undefined ? `${longDate(p.data.date)}<br/>${escape(p.data.title)}` : `${longDate(p.data.date, unit)}: ${p.data.value[1].toLocaleString('en-GB')} document${p.data.value[1] === 1 ? '' : 's'}`,
    },
    xAxis: { type: 'time', min: dayMs(extent[0]) - DAY, max: dayMs(extent[1]) + DAY, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', name: view.docs ? 'Documents that day' : `Documents per ${unit}`, nameTextStyle: { align: 'left' }, minInterval: 1 },
    dataZoom: [
      { type: 'inside', filterMode: 'none', ...(zoom ? { startValue: zoom[0], endValue: zoom[1] } : {}) },
      { type: 'slider', filterMode: 'none', height: 22, bottom: 12, labelFormatter: (v: number) => longDate(msDay(v)), ...(zoom ? { startValue: zoom[0], endValue: zoom[1] } : {}) },
    ],
    series: view.docs
      ? [{ type: 'scatter', name: 'Documents', symbolSize: 9, data: dots, itemStyle: { color: '#8a3b12' } }]
      : [{ type: 'bar', name: `Documents per ${unit}`, data: bars, barMaxWidth: 18, itemStyle: { color: '#8a3b12' } }],
  };
}

const escape = (s: string): string => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Matching documents by date over the whole match set. Dense sets are drawn
 * as counts per day, month or year (the core picks the unit); zooming in asks
 * again for the window, and once it holds few enough documents (500) each is
 * a dot that opens it. A bar opens its month (or year) zoomed in.
 */
export function TimelineChart({ args, onOpen }: Props) {
  const [full, setFull] = useState<TimelineView | null>(null);
  const [detail, setDetail] = useState<TimelineView | null>(null);
  const [zoom, setZoom] = useState<[number, number] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api.call('search.timeline', args).then((v) => live && setFull(v), (e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [args]);
  useEffect(() => {
    if (!zoom) return;
    let live = true;
    const timer = window.setTimeout(() => {
      api.call('search.timeline', { ...args, dateFrom: msDay(zoom[0]), dateTo: msDay(zoom[1]) }).then((v) => live && setDetail(v), (e: unknown) => live && setError(errorMessage(e)));
    }, ZOOM_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [args, zoom]);
  const shown = zoom && detail ? detail : full;
  const option = useMemo(() => (shown && full?.extent ? chartOption(shown, full.extent, zoom) : null), [shown, full, zoom]);
  const el = useRef<HTMLDivElement>(null);
  const chart = useEChart(el, option);
  useEffect(() => {
    const c = chart.current;
    if (!c) return;
    const onZoom = (): void => {
      const dz = (c.getOption() as { dataZoom?: Array<{ startValue?: number; endValue?: number }> }).dataZoom?.[0];
      if (dz?.startValue !== undefined && dz.endValue !== undefined) setZoom([dz.startValue, dz.endValue]);
    };
    const onClick = (p: { data?: unknown }): void => {
      const d = p.data as { id?: number; date: string } | undefined;
      if (!d) return;
      if (d.id !== undefined) onOpen(d.id);
      else {
        const from = dayMs(d.date);
        const to = shown?.unit === 'year' ? Date.UTC(Number(d.date.slice(0, 4)) + 1, 0, 1) - DAY : shown?.unit === 'month' ? Date.UTC(Number(d.date.slice(0, 4)), Number(d.date.slice(5, 7)), 1) - DAY : from;
        setZoom([from - DAY, to + DAY]);
      }
    };
    c.on('datazoom', onZoom);
    c.on('click', onClick);
    return () => {
      c.off('datazoom', onZoom);
      c.off('click', onClick);
    };
  }, [chart, option, onOpen, shown]);
  const csv = (): string =>
    shown?.docs
      ? toCsv(shown.note, ['date', 'id', 'title'], shown.docs.map((d) => [d.date, d.id, d.title]))
      : toCsv(shown?.note ?? '', [shown?.unit ?? 'date', 'documents'], (shown?.buckets ?? []).map((b) => [b.date, b.count]));
  const summary = full ? `${full.total.toLocaleString('en-GB')} matching documents${full.undated > 0 ? `, ${full.undated.toLocaleString('en-GB')} undated (not shown)` : ''}` : 'Counting…';
  const hint = shown?.docs ? 'Each dot is a document: click to open it.' : `Counts per ${shown?.unit ?? 'day'}: zoom in (scroll, or drag the slider) until the documents show; click a bar to zoom into it.`;
  const ready = full?.extent !== null && full !== null;
  return (
    <div className="view-body">
      {error !== null && <p className="list-message error">{error}</p>}
      <p className="view-summary">
        {summary}
        {shown?.window && zoom ? ` · ${longDate(shown.window[0])} – ${longDate(shown.window[1])}: ${shown.inWindow.toLocaleString('en-GB')}` : ''}
        {ready ? ` · ${hint}` : ''}
      </p>
      {full?.extent === null && <p className="list-message">No matching document is dated.</p>}
      {/* Always in the page: the chart is made once, when this mounts. */}
      <div className="view-chart" ref={el} data-testid="timeline-chart" hidden={!ready} />
      {shown && <ChartExports view="timeline" query={args.query} note={shown.note} chart={chart} option={option} csv={csv} />}
    </div>
  );
}
