import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { SearchResponse } from '../../../../src-main/contract/views';
import { HitRow } from './HitRow';

interface Props {
  response: SearchResponse | null;
  pending: boolean;
  error: string | null;
  active: number | null;
  openId: number | null;
  onOpen: (id: number) => void;
  onActive: (index: number) => void;
  onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
}

export const hitId = (i: number): string => `hit-${i}`;

export function HitList({ response, pending, error, active, openId, onOpen, onActive, onKeyDown }: Props) {
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (active === null) return;
    document.getElementById(hitId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  if (error) return <p className="list-message error">Search failed: {error}</p>;
  if (!response) return <p className="list-message">{pending ? 'Searching…' : ''}</p>;
  if (response.hits.length === 0) {
    return (
      <p className="list-message">
        No documents match <q>{response.query}</q>. Check the spelling or remove a filter.
      </p>
    );
  }
  return (
    <div className="hits-wrap">
      <ul
        id="hits"
        ref={list}
        className="hits"
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
          />
        ))}
      </ul>
    </div>
  );
}
