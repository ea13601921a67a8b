import { useEffect, useMemo, useRef, useState } from 'react';
import type { TrendView } from '@contract';
import { api, errorMessage } from '../../api/client';
import { useEChart, type ChartOption } from '../../hooks/use-echart';
import { toCsv } from '../../lib/chart-export';
import { ChartExports } from './ChartExports';
import type { ViewArgs } from './ResultViews';

const COLORS = ['#8a3b12', '#1f5f8b', '#4b7d2a', '#7a4a9a', '#b08400', '#555'];

const pct = (share: number): string => `${(share * 100).toFixed(share < 0.01 && share > 0 ? 2 : 1)}%`;

function chartOption(view: TrendView): ChartOption {
  return {
    animation: false,
    color: COLORS,
    grid: { left: 64, right: 24, top: 48, bottom: 40 },
    legend: { top: 4, type: 'scroll' },
    tooltip: {
      trigger: 'axis',
      formatter: (ps: Array<{ seriesIndex: number; dataIndex: number; marker: string }>) => {
        const year = view.years[ps[0]?.dataIndex ?? 0];
        const rows = ps.map((p) => {
          const s = view.series[p.seriesIndex];
          const pt = s?.points[p.dataIndex];
          return pt && s ? `${p.marker}${escape(s.query)}: ${pct(pt.share)} (${pt.matches.toLocaleString('en-GB')} of ${pt.docs.toLocaleString('en-GB')})` : '';
        });
        return [String(year), ...rows].join('<br/>');
      },
    },
    xAxis: { type: 'category', data: view.years.map(String), name: 'Year', nameLocation: 'middle', nameGap: 26, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', name: 'Share of the year’s documents', nameTextStyle: { align: 'left' }, axisLabel: { formatter: (v: number) => `${Math.round(v * 1000) / 10}%` } },
    series: view.series.map((s) => ({ type: 'line', name: s.query, symbolSize: 6, data: s.points.map((p) => p.share) })),
  };
}

const escape = (s: string): string => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The share of each year's documents matching the search, and any further queries typed beside it, with the counts behind each point. */
export function TrendChart({ args }: { args: ViewArgs }) {
  const [others, setOthers] = useState<string[]>([]);
  const [draft, setDraft] = useState('');
  const [view, setView] = useState<TrendView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const queries = useMemo(() => [args.query, ...others].filter((q) => q.trim() !== ''), [args, others]);
  useEffect(() => {
    let live = true;
    if (queries.length === 0) return;
    const { query, ...filters } = args;
    void query;
    api.call('search.trend', { ...filters, queries }).then((v) => live && setView(v), (e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [args, queries]);
  const option = useMemo(() => (view ? chartOption(view) : null), [view]);
  const el = useRef<HTMLDivElement>(null);
  const chart = useEChart(el, option);
  const csv = (): string =>
    toCsv(view?.note ?? '', ['year', 'query', 'matching documents', 'documents that year', 'share'], (view?.series ?? []).flatMap((s) => s.points.map((p) => [p.year, s.query, p.matches, p.docs, p.share.toFixed(6)])));
  return (
    <div className="view-body">
      {error !== null && <p className="list-message error">{error}</p>}
      <form
        className="trend-add"
        onSubmit={(e) => {
          e.preventDefault();
          if (draft.trim() && queries.length < 6) setOthers((o) => [...o, draft.trim()]);
          setDraft('');
        }}
      >
        <label>
          Compare with <input type="search" value={draft} onChange={(e) => setDraft(e.target.value)} placeholder="another query" aria-label="Another query to compare" />
        </label>
        <button type="submit" disabled={draft.trim() === '' || queries.length >= 6}>Add</button>
        {others.map((q, i) => (
          <button key={`${q}-${i}`} type="button" className="chip" onClick={() => setOthers((o) => o.filter((_, k) => k !== i))} title="Remove from the chart">
            {q} ×
          </button>
        ))}
      </form>
      <div className="view-chart" ref={el} data-testid="trend-chart" />
      {view && <ChartExports view="trend" query={queries.join(' vs ')} note={view.note} chart={chart} option={option} csv={csv} />}
    </div>
  );
}
