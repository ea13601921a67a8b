import type { TrendView } from '@contract';
import type { EChartsCoreOption } from 'echarts/core';

const COLORS = ['#8a3b12', '#1f5f8b', '#4b7d2a', '#7a4a9a', '#b08400', '#555'];

const pct = (share: number): string => `${(share * 100).toFixed(share < 0.01 && share > 0 ? 2 : 1)}%`;
const escape = (s: string): string => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** A point of the line: [year, share], or a gap (`null` share) that breaks the line. */
export type TrendDatum = [number, number | null];

/**
 * One series' points placed at their years. Between two years with documents
 * that are not consecutive, a gap breaks the line: a library with nothing from
 * 1920–1940 must not draw a slope from 1919 to 1941 as if the subject had faded.
 */
export function trendData(years: number[], shares: number[]): TrendDatum[] {
  const out: TrendDatum[] = [];
  years.forEach((year, i) => {
    const before = years[i - 1];
    if (before !== undefined && year > before + 1) out.push([before + 1, null]);
    out.push([year, shares[i] ?? 0]);
  });
  return out;
}

/**
 * The trend chart: years on a value axis (true distances, no thousands
 * separator), one line per query, and a tooltip with the counts behind each point.
 */
export function trendOption(view: TrendView): EChartsCoreOption {
  const first = view.years[0] ?? 0;
  const last = view.years[view.years.length - 1] ?? first;
  return {
    animation: false,
    color: COLORS,
    grid: { left: 64, right: 24, top: 48, bottom: 40 },
    legend: { top: 4, type: 'scroll' },
    tooltip: {
      trigger: 'axis',
      formatter: (ps: Array<{ seriesIndex: number; axisValue: number | string; marker: string }>) => {
        const year = Number(ps[0]?.axisValue);
        const rows = ps.map((p) => {
          const s = view.series[p.seriesIndex];
          const pt = s?.points.find((q) => q.year === year);
          return pt && s ? `${p.marker}${escape(s.query)}: ${pct(pt.share)} (${pt.matches.toLocaleString('en-GB')} of ${pt.docs.toLocaleString('en-GB')})` : '';
        });
        return [String(year), ...rows.filter((r) => r !== '')].join('<br/>');
      },
    },
    xAxis: {
      type: 'value',
      min: first === last ? first - 1 : first,
      max: first === last ? last + 1 : last,
      minInterval: 1,
      name: 'Year',
      nameLocation: 'middle',
      nameGap: 26,
      axisLabel: { hideOverlap: true, formatter: (v: number) => (Number.isInteger(v) ? String(v) : '') },
    },
    yAxis: { type: 'value', name: 'Share of the year’s documents', nameTextStyle: { align: 'left' }, axisLabel: { formatter: (v: number) => `${Math.round(v * 1000) / 10}%` } },
    series: view.series.map((s) => {
      const shares = new Map(s.points.map((p) => [p.year, p.share]));
      return { type: 'line', name: s.query, symbolSize: 6, connectNulls: false, data: trendData(view.years, view.years.map((y) => shares.get(y) ?? 0)) };
    }),
  };
}
