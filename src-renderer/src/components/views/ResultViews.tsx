import { useEffect } from 'react';
import type { Arg } from '@contract';
import { usePersistentString } from '../../hooks/use-persistent-state';
import { ConcordanceTable } from './ConcordanceTable';
import { TimelineChart } from './TimelineChart';
import { TrendChart } from './TrendChart';

/** The query and the filters of the search on screen: what every view reads. */
export type ViewArgs = Omit<Arg<'search.timeline'>, 'dateFrom' | 'dateTo'>;

type ViewName = 'timeline' | 'concordance' | 'trend';
const VIEWS: Array<[ViewName, string]> = [
  ['timeline', 'Timeline'],
  ['concordance', 'Concordance'],
  ['trend', 'Term trend'],
];
const isView = (s: string): s is ViewName => VIEWS.some(([v]) => v === s);

interface Props {
  args: ViewArgs;
  onOpen: (id: number) => void;
  onClose: () => void;
}

/**
 * The whole result set at once, in a wide panel over the reader: when the
 * subject came up, how a word was used, how often year by year. Opening a
 * document closes it (the reader is underneath); Escape closes it too.
 */
export function ResultViews({ args, onOpen, onClose }: Props) {
  const [stored, setView] = usePersistentString('chancery.result-view', 'timeline');
  const view: ViewName = isView(stored) ? stored : 'timeline';
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  const open = (id: number): void => {
    onOpen(id);
    onClose();
  };
  return (
    <section className="result-views" role="dialog" aria-label="Result views">
      <header className="result-views-head">
        <h2>
          {args.query ? `“${args.query}”` : 'Filtered documents'}
        </h2>
        <div className="segmented" role="tablist" aria-label="View">
          {VIEWS.map(([v, label]) => (
            <button key={v} type="button" role="tab" aria-selected={view === v} aria-pressed={view === v} onClick={() => setView(v)}>
              {label}
            </button>
          ))}
        </div>
        <button type="button" className="result-views-close" onClick={onClose} aria-label="Close the result views">
          Close
        </button>
      </header>
      {/* A new search starts a view afresh (no zoom, no stale counts). */}
      {view === 'timeline' && <TimelineChart key={JSON.stringify(args)} args={args} onOpen={open} />}
      {view === 'concordance' && <ConcordanceTable args={args} onOpen={open} />}
      {view === 'trend' && <TrendChart args={args} />}
    </section>
  );
}
