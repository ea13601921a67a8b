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
    // SVG on screen too: crisp at any zoom, and the exported SVG is the very drawing shown.
    const c = echarts.init(node, undefined, { renderer: 'svg' });
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

/** The chart as an SVG document. */
export const svgOf = (chart: Chart): string => chart.renderToSVGString();

/** The chart as a PNG (data URL), its SVG drawn on a canvas at twice the size, on white. */
export async function pngOf(chart: Chart): Promise<Blob> {
  const w = chart.getWidth();
  const h = chart.getHeight();
  const img = new Image();
  img.src = URL.createObjectURL(new Blob([svgOf(chart)], { type: 'image/svg+xml' }));
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = w * 2;
  canvas.height = h * 2;
  const g = canvas.getContext('2d');
  if (!g) throw new Error('no canvas');
  g.fillStyle = '#fff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.drawImage(img, 0, 0, canvas.width, canvas.height);
  URL.revokeObjectURL(img.src);
  // A Blob, not a data: URL: turning a data: URL back into bytes with fetch() is a request the page's CSP (connect-src 'self') refuses.
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the chart could not be drawn as PNG'))), 'image/png'));
}
