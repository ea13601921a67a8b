export interface YearBin {
  from: number;
  to: number;
  count: number;
  label: string;
}

/** Above this many years the histogram shows decades. */
const MAX_YEAR_BARS = 80;

/** Bars for the years with matches (ascending): one per year, or per decade when the span is wide; empty years count 0. */
export function yearBins(years: ReadonlyArray<{ value: number; count: number }>): YearBin[] {
  const first = years[0];
  const last = years[years.length - 1];
  if (!first || !last) return [];
  const step = last.value - first.value + 1 > MAX_YEAR_BARS ? 10 : 1;
  const start = step === 10 ? Math.floor(first.value / 10) * 10 : first.value;
  const bins: YearBin[] = [];
  for (let from = start; from <= last.value; from += step) {
    const to = from + step - 1;
    bins.push({ from, to, count: 0, label: step === 10 ? `${from}s` : String(from) });
  }
  for (const y of years) {
    const bin = bins[Math.floor((y.value - start) / step)];
    if (bin) bin.count += y.count;
  }
  return bins;
}

export function rangeLabel(from: number | null, to: number | null): string {
  if (from !== null && to !== null) return from === to ? String(from) : `${from}–${to}`;
  if (from !== null) return `from ${from}`;
  if (to !== null) return `to ${to}`;
  return 'all years';
}
