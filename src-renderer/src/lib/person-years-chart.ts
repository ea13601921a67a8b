import type { EChartsCoreOption } from 'echarts/core';
import type { PersonRole } from '@contract';
import { ROLE_TITLE, type YearSeries } from './person-years';

/** Sender dark, recipient lighter, named in a paper tone: the roles read apart in print and on screen. */
export const ROLE_COLOR: Record<PersonRole, string> = { sender: '#24527f', recipient: '#79a0c6', mentioned: '#c9b27a' };

/**
 * The histogram as an echarts option: bars stacked by role, one per year; the
 * chosen year in full colour and the others faded, so the filter is visible on
 * the chart itself. Labels every few years when the span is long.
 */
export function personYearsOption(s: YearSeries, selected: number | null): EChartsCoreOption {
  const step = Math.max(1, Math.ceil(s.years.length / 8));
  return {
    animation: false,
    grid: { left: 28, right: 6, top: 8, bottom: 22 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true, textStyle: { fontSize: 12 } },
    xAxis: {
      type: 'category',
      data: s.years.map(String),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: '#dcd7cd' } },
      axisLabel: { color: '#6f695f', fontSize: 11, interval: step - 1 },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      splitNumber: 3,
      axisLabel: { color: '#9a9388', fontSize: 10 },
      splitLine: { lineStyle: { color: '#e8e4dc' } },
    },
    series: s.series.map((r) => ({
      type: 'bar',
      name: ROLE_TITLE[r.role],
      stack: 'roles',
      barMaxWidth: 28,
      itemStyle: { color: ROLE_COLOR[r.role] },
      data: r.data.map((value, i) => ({ value, itemStyle: { opacity: selected === null || s.years[i] === selected ? 1 : 0.3 } })),
    })),
  };
}
