import { ChanceryError, CONCORDANCE_SORTS, type ConcordanceSort, type ConcordanceView, type TimelineView, type TrendView } from '../contract';
import type { CliCall } from './cli-call';

type Out = (line: string) => void;

export const VIEW_USAGE = `  search "QUERY" --view timeline|concordance|trend [--json] [--year YYYY] [--from NAME]
                               the whole match set: documents by date, every occurrence in context
                               (--sort document|left|right), or the share of each year's documents
                               (--also "QUERY2" adds a query to the trend)`;

export interface ViewFlags {
  json?: boolean;
  view?: string;
  year?: string;
  from?: string;
  sort?: string;
  also?: string[];
}

const VIEWS = ['timeline', 'concordance', 'trend'] as const;
type ViewName = (typeof VIEWS)[number];
const isView = (s: string): s is ViewName => (VIEWS as readonly string[]).includes(s);
const isSort = (s: string): s is ConcordanceSort => (CONCORDANCE_SORTS as readonly string[]).includes(s);

const timelineLines = (v: TimelineView): string[] => [...v.buckets.map((b) => `${b.date}  ${String(b.count).padStart(6)}`), v.note];

const concordanceLines = (v: ConcordanceView): string[] => [
  ...v.lines.map((l) => `${String(l.docId).padStart(6)}  ${l.left.slice(-50).padStart(50)}  [${l.keyword}]  ${l.right.slice(0, 50)}`),
  v.note,
];

const trendLines = (v: TrendView): string[] => [
  `year  ${v.series.map((s) => s.query).join('  |  ')}`,
  ...v.years.map((year, i) => `${year}  ${v.series.map((s) => { const p = s.points[i]; return p ? `${p.matches}/${p.docs} (${(p.share * 100).toFixed(1)}%)` : ''; }).join('  |  ')}`),
  v.note,
];

/** `search QUERY --view …`: one of the result views of the whole match set, as JSON (the contract's shape) or as lines. */
export async function runView(call: CliCall, query: string, flags: ViewFlags, out: Out): Promise<number> {
  const view = flags.view ?? '';
  if (!isView(view)) throw new ChanceryError('invalid-argument', `--view must be one of ${VIEWS.join(', ')}`);
  const filters = { ...(flags.year ? { year: Number(flags.year) } : {}), ...(flags.from ? { from: flags.from } : {}) };
  const print = <T>(v: T, lines: (v: T) => string[]): void => {
    if (flags.json) out(JSON.stringify(v, null, 2));
    else for (const l of lines(v)) out(l);
  };
  if (view === 'timeline') print(await call('search.timeline', { query, ...filters }), timelineLines);
  else if (view === 'concordance') {
    const sort = flags.sort ?? 'document';
    if (!isSort(sort)) throw new ChanceryError('invalid-argument', `--sort must be one of ${CONCORDANCE_SORTS.join(', ')}`);
    print(await call('search.concordance', { query, sort, ...filters }), concordanceLines);
  } else print(await call('search.trend', { queries: [query, ...(flags.also ?? [])], ...filters }), trendLines);
  return 0;
}
