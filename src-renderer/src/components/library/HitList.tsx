import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { NoteHit, SearchResponse } from '../../../../src-main/contract/views';
import { HitRow } from './HitRow';
import { NoteHitRow } from './NoteHitRow';

interface Props {
  response: SearchResponse | null;
  pending: boolean;
  error: string | null;
  active: number | null;
  openId: number | null;
  onOpen: (id: number, other?: boolean) => void;
  onActive: (index: number) => void;
  onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
  onOpenNoteHit: (hit: NoteHit, other: boolean) => void;
  selected: ReadonlySet<number>;
  onSelect: (id: number) => void;
}

export const hitId = (i: number): string => `hit-${i}`;

export function HitList({ response, pending, error, active, openId, onOpen, onActive, onKeyDown, onOpenNoteHit, selected, onSelect }: Props) {
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (active === null) return;
    document.getElementById(hitId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  if (error) return <p className="list-message error">Search failed: {error}</p>;
  if (!response) return <p className="list-message">{pending ? 'Searching…' : ''}</p>;
  if (response.hits.length === 0 && response.noteHits.length === 0) {
    return (
      <p className="list-message">
        {response.query.trim() === '' ? 'Nothing matches these filters.' : <>Nothing matches <q>{response.query}</q>. Check the spelling or remove a filter.</>}
      </p>
    );
  }
  return (
    <div className="hits-wrap">
      {response.hits.length > 0 && (
        <ul
          id="hits"
          ref={list}
          className={selected.size > 0 ? 'hits selectable selecting' : 'hits selectable'}
          role="listbox"
          aria-label="Search results"
          aria-activedescendant={active !== null ? hitId(active) : undefined}
          tabIndex={0}
          onKeyDown={onKeyDown}
        >
          {response.hits.map((hit, i) => (
            <HitRow
              key={hit.id}
              id={hitId(i)}
              hit={hit}
              active={i === active}
              open={hit.id === openId}
              onOpen={onOpen}
              onHover={() => onActive(i)}
              selected={selected.has(hit.id)}
              onSelect={() => onSelect(hit.id)}
            />
          ))}
        </ul>
      )}
      {response.noteHits.length > 0 && (
        <section className="note-hits" aria-label="In your notes">
          <h3 className="hits-section-head">In your notes</h3>
          <ul className="hits">
            {response.noteHits.map((h) => (
              <NoteHitRow key={h.hit === 'note' ? `n${h.noteId}` : `h${h.highlightId}`} hit={h} onOpen={onOpenNoteHit} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
