import { useEffect, useState } from 'react';
import type { ConcordanceSort, ConcordanceView } from '@contract';
import { api, errorMessage } from '../../api/client';
import { exportName, saveText, toCsv } from '../../lib/chart-export';
import { openAt } from '../../lib/open-at';
import { longDate } from '../../lib/view-dates';
import type { ViewArgs } from './ResultViews';

const SORTS: Array<[ConcordanceSort, string, string]> = [
  ['document', 'Document', 'Oldest document first, in text order'],
  ['left', 'Left context', 'By the word before the keyword, then the one before that'],
  ['right', 'Right context', 'By the word after the keyword, then the next'],
];

function countLine(v: ConcordanceView): string {
  const n = (x: number): string => x.toLocaleString('en-GB');
  const total = v.complete ? `${n(v.occurrences)} occurrences in ${n(v.withOccurrences)} documents` : `about ${n(v.occurrences)} occurrences in ${n(v.documents)} documents (estimated)`;
  return v.lines.length < v.occurrences ? `The first ${n(v.lines.length)} of ${total}` : `${total}`;
}

/** Key word in context: every occurrence of the query's words in the matching documents, aligned on the word; a line opens its document there. */
export function ConcordanceTable({ args, onOpen }: { args: ViewArgs; onOpen: (id: number) => void }) {
  const [sort, setSort] = useState<ConcordanceSort>('document');
  const [view, setView] = useState<ConcordanceView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api.call('search.concordance', { ...args, sort }).then((v) => live && setView(v), (e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [args, sort]);
  const csv = (): void => {
    if (!view) return;
    const rows = view.lines.map((l) => [l.docId, l.date ?? '', l.title, l.start, l.left, l.keyword, l.right]);
    saveText(exportName('concordance', args.query, 'csv'), toCsv(view.note, ['document', 'date', 'title', 'offset', 'left', 'keyword', 'right'], rows), 'text/csv');
  };
  return (
    <div className="view-body">
      {error !== null && <p className="list-message error">{error}</p>}
      <div className="view-toolbar">
        <span className="view-summary">{view ? countLine(view) : 'Reading…'}</span>
        <div className="segmented" role="group" aria-label="Sort the concordance">
          {SORTS.map(([value, label, title]) => (
            <button key={value} type="button" aria-pressed={sort === value} title={title} onClick={() => setSort(value)}>
              {label}
            </button>
          ))}
        </div>
      </div>
      {view && view.lines.length === 0 && <p className="list-message">No word of the query stands in the text of the matching documents (they match on a title or a name, or the query has no words).</p>}
      <div className="kwic" role="list" aria-label="Concordance">
        {view?.lines.map((l) => (
          <button key={`${l.docId}:${l.start}`} type="button" role="listitem" className="kwic-line" title={`${l.title}${l.date ? ` — ${longDate(l.date)}` : ''}`} onClick={() => openAt({ docId: l.docId, start: l.start, end: l.end }, onOpen)}>
            <span className="kwic-left">{l.left}</span>
            <span className="kwic-key">{l.keyword}</span>
            <span className="kwic-right">{l.right}</span>
            <span className="kwic-doc">{l.date ? longDate(l.date.slice(0, 10)) : 'undated'}</span>
          </button>
        ))}
      </div>
      {view && (
        <div className="view-foot">
          <p className="method-note">{view.note}</p>
          <div className="view-exports" role="group" aria-label="Export">
            <button type="button" onClick={csv}>CSV</button>
          </div>
        </div>
      )}
    </div>
  );
}
