import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { PersonPage } from '@contract';
import { countsLine } from '../../lib/person-links';
import { ROLE_COLOR, personYearsOption } from '../../lib/person-years-chart';
import { ROLE_TITLE, yearSeries } from '../../lib/person-years';

echarts.use([BarChart, GridComponent, TooltipComponent, SVGRenderer]);

interface Props {
  years: PersonPage['years'];
  selected: number | null;
  /** Documents without a date (the persons list, a list of papers…): not on the chart, so said beside it. */
  undated: number;
  /** Choose a year to filter the documents (null: all years again). */
  onYear: (year: number | null) => void;
}

/**
 * A person's documents per year, stacked by role. Click a year (anywhere in its
 * column: a small bar is hard to hit) to list only its documents, again to show
 * all. From the keyboard: ←/→ move the chosen year, Escape shows all years.
 */
export function PersonYears({ years, selected, undated, onYear }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const series = useMemo(() => yearSeries(years), [years]);

  // The chart is made when its box first exists (a person may get dated documents only after a merge), and disposed with the component.
  useEffect(
    () => () => {
      chart.current?.dispose();
      chart.current = null;
    },
    [],
  );
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    if (!chart.current || chart.current.isDisposed()) chart.current = echarts.init(el, null, { renderer: 'svg' });
    const c = chart.current;
    c.setOption(personYearsOption(series, selected), { notMerge: true });
    const resize = new ResizeObserver(() => c.resize());
    resize.observe(el);
    const zr = c.getZr();
    const onClick = (e: { offsetX: number; offsetY: number }): void => {
      if (!c.containPixel({ gridIndex: 0 }, [e.offsetX, e.offsetY])) return;
      const at = c.convertFromPixel({ xAxisIndex: 0 }, [e.offsetX, e.offsetY]);
      const i = Array.isArray(at) ? at[0] : at;
      const year = typeof i === 'number' ? series.years[Math.round(i)] : undefined;
      if (year !== undefined) onYear(year === selected ? null : year);
    };
    zr.on('click', onClick);
    return () => {
      resize.disconnect();
      zr.off('click', onClick);
    };
  }, [series, selected, onYear]);

  if (series.years.length === 0) return null;
  const onKey = (e: KeyboardEvent<HTMLDivElement>): void => {
    const i = selected === null ? -1 : series.years.indexOf(selected);
    let next: number | undefined;
    if (e.key === 'ArrowRight') next = series.years[Math.min(series.years.length - 1, i + 1)];
    else if (e.key === 'ArrowLeft') next = series.years[i <= 0 ? series.years.length - 1 : i - 1];
    else if (e.key === 'Escape' && selected !== null) {
      e.stopPropagation();
      onYear(null);
    }
    if (next === undefined) return;
    e.preventDefault();
    onYear(next);
  };
  const spoken = (y: number): string => {
    const row = years.find((r) => r.year === y);
    return `${y}: ${row ? countsLine(row) : 'no documents'}`;
  };
  return (
    <figure className="person-years">
      <div
        ref={box}
        className="person-years-chart"
        tabIndex={0}
        role="slider"
        aria-label="Documents per year: choose a year (←/→), Escape for all years"
        aria-valuemin={series.years[0]}
        aria-valuemax={series.years[series.years.length - 1]}
        aria-valuenow={selected ?? series.years[0]}
        aria-valuetext={selected === null ? 'All years' : spoken(selected)}
        onKeyDown={onKey}
      />
      <figcaption className="person-years-legend">
        {series.series.map((s) => (
          <span key={s.role}>
            <i style={{ background: ROLE_COLOR[s.role] }} aria-hidden="true" />
            {ROLE_TITLE[s.role]}
          </span>
        ))}
        {undated > 0 && <span className="person-years-undated">{undated} undated</span>}
      </figcaption>
    </figure>
  );
}
