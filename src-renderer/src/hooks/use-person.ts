import { useCallback, useEffect, useState } from 'react';
import type { PersonPage } from '@contract';
import { api, errorMessage } from '../api/client';
import { onPeopleChanged } from '../lib/person-events';

/** Pages asked for, by person: a hover card and the page share one request. */
const asked = new Map<number, Promise<PersonPage>>();

export function personPage(id: number): Promise<PersonPage> {
  let p = asked.get(id);
  if (!p) {
    p = api.call('people.get', { id });
    p.catch(() => asked.delete(id));
    asked.set(id, p);
  }
  return p;
}

onPeopleChanged(() => asked.clear());

export type PersonState = { status: 'loading' } | { status: 'ready'; page: PersonPage } | { status: 'error'; message: string };

/** A person's page (null id: nothing asked); read again after a merge or a split, and when the library changes. */
export function usePerson(id: number | null, version?: unknown): { state: PersonState; reload: () => void } {
  const [state, setState] = useState<{ id: number | null; state: PersonState }>({ id: null, state: { status: 'loading' } });
  const [round, setRound] = useState(0);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  useEffect(() => onPeopleChanged(reload), [reload]);
  useEffect(() => {
    asked.clear();
  }, [version]);
  useEffect(() => {
    if (id === null) return;
    let live = true;
    personPage(id).then(
      (page) => {
        if (live) setState({ id, state: { status: 'ready', page } });
      },
      (err: unknown) => {
        if (live) setState({ id, state: { status: 'error', message: errorMessage(err) } });
      },
    );
    return () => {
      live = false;
    };
  }, [id, round, version]);
  return { state: state.id === id ? state.state : { status: 'loading' }, reload };
}
