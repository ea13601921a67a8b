import { useEffect, useState } from 'react';
import type { DocumentPerson } from '@contract';
import { api } from '../api/client';
import { onPeopleChanged } from '../lib/person-events';

/** One request per document, however many of its names are on screen (the header and every name share it). */
const asked = new Map<number, Promise<DocumentPerson[]>>();

function peopleOf(docId: number): Promise<DocumentPerson[]> {
  let p = asked.get(docId);
  if (!p) {
    p = api.call('people.ofDocument', { id: docId });
    // A failed request is not remembered: the next hover asks again.
    p.catch(() => asked.delete(docId));
    asked.set(docId, p);
  }
  return p;
}

// A merge or split changes which person a name belongs to: ask again.
onPeopleChanged(() => asked.clear());

/** The people a document names, with their roles in it; null while loading (or when the library cannot say). */
export function useDocumentPeople(docId: number): DocumentPerson[] | null {
  const [people, setPeople] = useState<{ docId: number; list: DocumentPerson[]; round: number } | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => onPeopleChanged(() => setRound((r) => r + 1)), []);
  useEffect(() => {
    let live = true;
    peopleOf(docId).then(
      (list) => {
        if (live) setPeople({ docId, list, round });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [docId, round]);
  return people?.docId === docId ? people.list : null;
}
