import { useEffect, useMemo, useRef, useState } from 'react';
import type { TrendView } from '@contract';
import { api, errorMessage } from '../../api/client';
import { useEChart } from '../../hooks/use-echart';
import { trendOption } from '../../lib/trend-option';
import { toCsv } from '../../lib/chart-export';
import { ChartExports } from './ChartExports';
import type { ViewArgs } from './ResultViews';

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
  const option = useMemo(() => (view ? trendOption(view) : null), [view]);
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
