import type { RefObject } from 'react';
import { exportName, saveText } from '../../lib/chart-export';
import { saveBlob } from '../../lib/file-download';
import { pngOf, svgOf, type Chart, type ChartOption } from '../../hooks/use-echart';

interface Props {
  view: string;
  query: string;
  note: string;
  chart: RefObject<Chart | null>;
  option: ChartOption | null;
  csv: () => string;
}

/** PNG, SVG and CSV of a chart, and the method note that goes with them. */
export function ChartExports({ view, query, note, chart, option, csv }: Props) {
  const png = (): void => {
    const c = chart.current;
    if (c) void pngOf(c).then((blob) => saveBlob(exportName(view, query, 'png'), blob));
  };
  const svg = (): void => {
    const c = chart.current;
    if (c) saveText(exportName(view, query, 'svg'), svgOf(c), 'image/svg+xml');
  };
  return (
    <div className="view-foot">
      <p className="method-note">{note}</p>
      <div className="view-exports" role="group" aria-label="Export">
        {option && (
          <>
            <button type="button" onClick={png}>PNG</button>
            <button type="button" onClick={svg}>SVG</button>
          </>
        )}
        <button type="button" onClick={() => saveText(exportName(view, query, 'csv'), csv(), 'text/csv')}>CSV</button>
      </div>
    </div>
  );
}
