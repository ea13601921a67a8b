import { describe, expect, it } from 'vitest';
import { personYearsOption } from '../../src-renderer/src/lib/person-years-chart';
import { yearOf, yearSeries } from '../../src-renderer/src/lib/person-years';

describe('a person’s year histogram', () => {
  it('fills the silent years, so a gap in a correspondence shows as one', () => {
    const s = yearSeries([
      { year: 1917, sent: 2, received: 1, mentioned: 0 },
      { year: 1920, sent: 0, received: 3, mentioned: 4 },
    ]);
    expect(s.years).toEqual([1917, 1918, 1919, 1920]);
    expect(s.series.find((r) => r.role === 'sender')?.data).toEqual([2, 0, 0, 0]);
    expect(s.series.find((r) => r.role === 'recipient')?.data).toEqual([1, 0, 0, 3]);
    expect(s.series.find((r) => r.role === 'mentioned')?.data).toEqual([0, 0, 0, 4]);
    expect(s.max).toBe(7);
  });

  it('leaves out a role the person has no document in, so the legend shows only what is there', () => {
    const s = yearSeries([{ year: 1918, sent: 0, received: 0, mentioned: 5 }]);
    expect(s.series.map((r) => r.role)).toEqual(['mentioned']);
  });

  it('draws nothing for a person with no dated document', () => {
    expect(yearSeries([])).toEqual({ years: [], series: [], max: 0 });
  });

  it('stacks the roles and fades every year but the chosen one', () => {
    const option = personYearsOption(yearSeries([
      { year: 1917, sent: 1, received: 0, mentioned: 0 },
      { year: 1918, sent: 2, received: 0, mentioned: 0 },
    ]), 1918);
    const series = option.series as Array<{ stack: string; data: Array<{ value: number; itemStyle: { opacity: number } }> }>;
    expect(series[0]?.stack).toBe('roles');
    expect(series[0]?.data.map((d) => d.itemStyle.opacity)).toEqual([0.3, 1]);
  });

  it('reads the year of a library date, and none of an undated document', () => {
    expect(yearOf('1918-03-04')).toBe(1918);
    expect(yearOf('1918-03-04T10:00')).toBe(1918);
    expect(yearOf(null)).toBeNull();
  });
});
