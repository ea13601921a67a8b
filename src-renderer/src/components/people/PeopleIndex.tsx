import { useEffect, useState } from 'react';
import type { PersonSummary } from '@contract';
import { api, errorMessage } from '../../api/client';
import { useListNav } from '../../hooks/use-list-nav';
import { usePersistentString } from '../../hooks/use-persistent-state';
import { onPeopleChanged } from '../../lib/person-events';
import { countsLine } from '../../lib/person-links';

interface Props {
  version: unknown;
  onPerson: (id: number) => void;
}

/** How many people the index lists at once; the filter box finds the rest. */
const LIMIT = 1000;

/** The people of the library: from the volumes' persons lists and, marked, inferred from correspondents. */
export function PeopleIndex({ version, onPerson }: Props) {
  const [filter, setFilter] = usePersistentString('peopleFilter', '');
  const [people, setPeople] = useState<PersonSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => onPeopleChanged(() => setRound((r) => r + 1)), []);
  useEffect(() => {
    let live = true;
    const q = filter.trim();
    const timer = window.setTimeout(() => {
      api.call('people.list', q ? { query: q, limit: LIMIT } : { limit: LIMIT }).then(
        (list) => {
          if (!live) return;
          setPeople(list.filter((p) => p.mergedInto === undefined));
          setError(null);
        },
        (err: unknown) => {
          if (live) setError(errorMessage(err));
        },
      );
    }, q ? 120 : 0);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [filter, version, round]);
  const list = people ?? [];
  const nav = useListNav(list.length, people, (i) => {
    const p = list[i];
    if (p) onPerson(p.id);
  });
  const activeId = nav.active !== null ? `person-row-${list[nav.active]?.id ?? ''}` : undefined;
  return (
    <div className="people-index" aria-label="People">
      <div className="glossary-bar">
        <input
          type="search"
          placeholder="Filter people by name or office"
          aria-label="Filter people"
          aria-controls="people-list"
          aria-activedescendant={activeId}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          onKeyDown={nav.onKeyDown}
        />
      </div>
      {error && <p className="person-empty">{error}</p>}
      {people !== null && people.length === 0 && (
        <p className="person-empty">{filter.trim() ? 'No person matches.' : 'No volume in the library lists persons, and no correspondent could be read from a heading.'}</p>
      )}
      <ul className="people-list" id="people-list" role="listbox" aria-label="People">
        {list.map((p, i) => (
          <li
            key={p.id}
            id={`person-row-${p.id}`}
            role="option"
            aria-selected={nav.active === i}
            className={nav.active === i ? 'person-row active' : 'person-row'}
            onClick={() => onPerson(p.id)}
            onMouseMove={() => nav.active !== i && nav.setActive(i)}
          >
            <span className="person-row-name">{p.name}</span>
            {p.description && <span className="person-row-desc">{p.description}</span>}
            <span className="person-row-meta">
              {p.source === 'inferred' && <span className="inferred-badge">inferred</span>}
              {countsLine(p)}
            </span>
          </li>
        ))}
      </ul>
      {list.length === LIMIT && <p className="person-empty">The first {LIMIT} people; type in the filter box to find others.</p>}
    </div>
  );
}
