import { useEffect, useRef, type RefObject } from 'react';
import * as echarts from 'echarts';

export type ChartOption = echarts.EChartsCoreOption;
export type Chart = echarts.ECharts;

/**
 * An echarts chart in `el`, given `option` (replaced whole on change) and
 * kept to the element's size. Returns the chart, for exports and events.
 */
export function useEChart(el: RefObject<HTMLDivElement | null>, option: ChartOption | null): RefObject<Chart | null> {
  const chart = useRef<Chart | null>(null);
  useEffect(() => {
    const node = el.current;
    if (!node) return;
    const c = echarts.init(node, undefined, { renderer: 'canvas' });
    chart.current = c;
    const sizes = new ResizeObserver(() => c.resize());
    sizes.observe(node);
    return () => {
      sizes.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, [el]);
  useEffect(() => {
    if (option) chart.current?.setOption(option, { notMerge: true });
  }, [option]);
  return chart;
}

/** The same option drawn by echarts' SVG renderer, off screen: a vector file of the chart. */
export function svgOf(option: ChartOption, width: number, height: number): string {
  const c = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width, height });
  c.setOption({ ...option, animation: false });
  const svg = c.renderToSVGString();
  c.dispose();
  return svg;
}
