import { useEffect, useId, useRef, useState } from 'react';
import type { PersonPage, PersonSummary } from '@contract';
import { api, errorMessage } from '../../api/client';
import { mergeDirection } from '../../lib/person-merge';
import { countsLine } from '../../lib/person-links';

interface Props {
  person: PersonPage;
  /** Called with the person both entries now are, and the two as they were before. */
  onMerged: (page: PersonPage, into: PersonSummary, from: PersonSummary) => void;
  onClose: () => void;
}

/**
 * "Same person as…": find the other entry by name, pick it, and the two become
 * one person (the entry from a persons list is kept as the head, an inferred
 * one joins it). Both original entries stay recorded; Split undoes it.
 */
export function PersonMerge({ person, onMerged, onClose }: Props) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<PersonSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  useEffect(() => input.current?.focus(), []);
  useEffect(() => {
    let live = true;
    const timer = window.setTimeout(() => {
      const q = query.trim() || person.name.split(/[,\s]/)[0] || '';
      api.call('people.list', { query: q, limit: 30 }).then(
        (list) => {
          if (live) setFound(list.filter((p) => p.id !== person.id && p.mergedInto === undefined));
        },
        (err: unknown) => {
          if (live) setError(errorMessage(err));
        },
      );
    }, 120);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [query, person.id, person.name]);
  const merge = (other: PersonSummary): void => {
    const { into, from } = mergeDirection(person, other);
    setBusy(true);
    api.call('people.merge', { into: into.id, from: from.id }).then(
      (page) => onMerged(page, into, from),
      (err: unknown) => {
        setBusy(false);
        setError(errorMessage(err));
      },
    );
  };
  return (
    <div className="person-merge surface" role="dialog" aria-label={`Same person as ${person.name}`} onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), onClose())}>
      <label className="person-merge-label" htmlFor={`${listId}-q`}>
        The same person as <b>{person.name}</b>:
      </label>
      <input id={`${listId}-q`} ref={input} type="search" placeholder="Find a person by name" value={query} onChange={(e) => setQuery(e.target.value)} />
      {error && <p className="person-merge-error">{error}</p>}
      <ul className="person-merge-list" id={listId} aria-label="Candidates">
        {found?.length === 0 && <li className="person-empty">No other person matches.</li>}
        {found?.map((p) => (
          <li key={p.id}>
            <button type="button" className="person-merge-pick" disabled={busy} onClick={() => merge(p)}>
              <span className="person-row-name">{p.name}</span>
              <span className="person-row-desc">{p.description}</span>
              <span className="person-row-meta">
                {p.source === 'inferred' && <span className="inferred-badge">inferred</span>}
                {p.collections.join(', ')} · {countsLine(p)}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={onClose}>
        Cancel
      </button>
    </div>
  );
}
