import { useCallback, type KeyboardEvent, type ReactNode } from 'react';
import type { NoteHit, SearchResponse, SearchScope } from '@contract';
import type { HitPages } from '../../hooks/use-hit-pages';
import { HitPlaceholder, HitRow } from './HitRow';
import { NoteHitRow } from './NoteHitRow';
import { VirtualList } from './VirtualList';

interface Props {
  response: SearchResponse | null;
  /** Changes with the search: the list starts again at the top. */
  listKey: string;
  pages: HitPages;
  scope: SearchScope;
  pending: boolean;
  error: string | null;
  active: number | null;
  openId: number | null;
  onOpen: (id: number, other?: boolean) => void;
  onActive: (index: number) => void;
  onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
  onOpenNoteHit: (hit: NoteHit, other: boolean) => void;
  onScope: (s: SearchScope) => void;
  selected: ReadonlySet<number>;
  onSelect: (id: number) => void;
  /** Shown instead of the plain "Nothing matches" when there is nothing: why (the query inspector's explanation). */
  empty?: ReactNode;
}

export const hitId = (i: number): string => `hit-${i}`;
/** Every hit row has one height (title ≤ 2 lines, meta, snippet ≤ 3 lines), loaded or not, so the scroll height is exact. */
export const HIT_ROW = 140;
/** Note hits shown above the documents in "All"; the Notes tab lists them all. */
const NOTES_IN_ALL = 3;

function NoteHits({ hits, limit, total, onOpen, onMore }: { hits: NoteHit[]; limit: number; total: number; onOpen: (h: NoteHit, other: boolean) => void; onMore: () => void }) {
  return (
    <section className={limit < Infinity ? 'note-hits capped' : 'note-hits'} aria-label="In your notes">
      <h3 className="hits-section-head">
        In your notes
        {total > limit && (
          <button type="button" className="link-button" onClick={onMore}>
            all {total.toLocaleString('en-GB')} →
          </button>
        )}
      </h3>
      <ul className="hits">
        {hits.slice(0, limit).map((h) => (
          <NoteHitRow key={h.hit === 'note' ? `n${h.noteId}` : `h${h.highlightId}`} hit={h} onOpen={onOpen} />
        ))}
      </ul>
    </section>
  );
}

export function HitList(props: Props) {
  const { response, pages, scope, pending, error, active, openId, onOpen, onActive, selected, onSelect } = props;
  const rowHeight = useCallback(() => HIT_ROW, []);

  if (error) return <p className="list-message error">Search failed: {error}</p>;
  if (!response) return <p className="list-message">{pending ? 'Searching…' : ''}</p>;
  const docs = scope === 'notes' ? 0 : response.total;
  if (docs === 0 && response.noteHits.length === 0) {
    if (props.empty) return <div className="hits-wrap scroll">{props.empty}</div>;
    return (
      <p className="list-message">
        {response.query.trim() === '' ? 'Nothing matches these filters.' : <>Nothing matches <q>{response.query}</q>. Check the spelling or remove a filter.</>}
      </p>
    );
  }
  if (scope === 'notes') {
    return (
      <div className="hits-wrap scroll">
        <NoteHits hits={response.noteHits} limit={Infinity} total={response.noteHits.length} onOpen={props.onOpenNoteHit} onMore={() => undefined} />
      </div>
    );
  }
  const openIndex = openId === null ? -1 : pages.loaded.findIndex((h) => h?.id === openId);
  const renderRow = (i: number) => {
    const hit = pages.hitAt(i);
    if (!hit) return <HitPlaceholder id={hitId(i)} />;
    return (
      <HitRow
        id={hitId(i)}
        hit={hit}
        active={i === active}
        open={hit.id === openId}
        onOpen={onOpen}
        onHover={() => onActive(i)}
        selected={selected.has(hit.id)}
        onSelect={() => onSelect(hit.id)}
      />
    );
  };
  return (
    <div className={selected.size > 0 ? 'hits-wrap selectable selecting' : 'hits-wrap selectable'}>
      {response.noteHits.length > 0 && (
        <NoteHits hits={response.noteHits} limit={NOTES_IN_ALL} total={response.facets.notes} onOpen={props.onOpenNoteHit} onMore={() => props.onScope('notes')} />
      )}
      {docs > 0 && (
        <VirtualList
          key={props.listKey}
          id="hits"
          label="Search results"
          count={docs}
          rowHeight={rowHeight}
          renderRow={renderRow}
          activeIndex={active}
          revealIndex={openIndex === -1 ? null : openIndex}
          activeId={active !== null ? hitId(active) : undefined}
          onKeyDown={props.onKeyDown}
          onRange={pages.request}
        />
      )}
    </div>
  );
}
