import { describe, expect, it } from 'vitest';
import type { TrendView } from '../../src-main/contract/views';
import { trendData, trendOption } from '../../src-renderer/src/lib/trend-option';

const view: TrendView = {
  years: [1918, 1919, 1936],
  series: [
    {
      query: 'railway',
      total: 7,
      points: [
        { year: 1918, matches: 4, docs: 40, share: 0.1 },
        { year: 1919, matches: 1, docs: 20, share: 0.05 },
        { year: 1936, matches: 2, docs: 10, share: 0.2 },
      ],
    },
  ],
  note: 'railway',
};

interface Axis { type: string; min: number; max: number; axisLabel: { formatter: (v: number) => string } }
interface Series { data: Array<[number, number | null]>; connectNulls: boolean }
interface Tooltip { formatter: (ps: Array<{ seriesIndex: number; axisValue: number; marker: string }>) => string }

describe('the term trend chart', () => {
  it('places years at their true distance: 1936 stands seventeen years after 1919, not next to it', () => {
    const o = trendOption(view) as { xAxis: Axis; series: Series[] };
    expect(o.xAxis.type).toBe('value');
    expect([o.xAxis.min, o.xAxis.max]).toEqual([1918, 1936]);
    expect(o.series[0]?.data.filter(([, share]) => share !== null)).toEqual([[1918, 0.1], [1919, 0.05], [1936, 0.2]]);
  });

  it('breaks the line over years the library has no documents for, instead of drawing a slope across them', () => {
    expect(trendData([1918, 1919, 1936], [0.1, 0.05, 0.2])).toEqual([[1918, 0.1], [1919, 0.05], [1920, null], [1936, 0.2]]);
    expect((trendOption(view) as { series: Series[] }).series[0]?.connectNulls).toBe(false);
  });

  it('labels years as years, without a thousands separator, and no half years', () => {
    const axis = (trendOption(view) as { xAxis: Axis }).xAxis;
    expect(axis.axisLabel.formatter(1918)).toBe('1918');
    expect(axis.axisLabel.formatter(1918.5)).toBe('');
  });

  it('gives the counts behind a point in its tooltip, found by year', () => {
    const tip = (trendOption(view) as { tooltip: Tooltip }).tooltip.formatter([{ seriesIndex: 0, axisValue: 1936, marker: '' }]);
    expect(tip).toBe('1936<br/>railway: 20.0% (2 of 10)');
  });
});
