import { useLayoutEffect, useRef, useState } from 'react';
import type { DocumentPerson } from '@contract';
import { usePerson } from '../../hooks/use-person';
import { docCount, rolesLabel } from '../../lib/person-links';
import { PersonSourceLine } from './PersonSourceLine';

interface Props {
  id: string;
  /** The person as this document names them (null: the name links to an id the library does not know). */
  person: DocumentPerson | null;
  /** The id the text links with, to say what is missing. */
  target: string;
  onOpenPage: (personId: number) => void;
}

/**
 * Who a name in the text is: the persons list's name and description, where the
 * entry comes from, what the person is in this document and how often the
 * library has them as sender, recipient or named, and the way to their page.
 */
export function PersonCard({ id, person, target, onOpenPage }: Props) {
  const { state } = usePerson(person?.personId ?? null);
  const card = useRef<HTMLSpanElement>(null);
  const [shift, setShift] = useState(0);
  // A name near the end of a line would hang its card past the reader's edge: move it left, within the document.
  useLayoutEffect(() => {
    const el = card.current;
    const bounds = el?.closest('article')?.getBoundingClientRect();
    if (!el || !bounds) return;
    const box = el.getBoundingClientRect();
    const over = box.right - bounds.right;
    if (over > 0) setShift(-Math.min(over, box.left - bounds.left));
  }, []);
  if (!person) {
    return (
      <span className="surface person-card" role="tooltip" id={id} ref={card}>
        <span className="person-card-source">The editors link this name to {target}, which no persons list in the library has.</span>
      </span>
    );
  }
  const page = state.status === 'ready' ? state.page : null;
  return (
    <span className="surface person-card" role="dialog" aria-label={`Person: ${person.name}`} id={id} ref={card} style={shift ? { left: shift } : undefined}>
      <span className="person-card-name">{person.name}</span>
      {person.description && <span className="person-card-desc">{person.description}</span>}
      <PersonSourceLine source={person.source} collections={page?.collections ?? []} className="person-card-source" />
      <span className="person-card-here">
        Here: {rolesLabel(person.roles)}
        {person.count > 1 ? ` · ${person.count} mentions` : ''}
      </span>
      <span className="person-card-counts" aria-label="In the library">
        {page ? (
          <>
            <span>
              <b>{page.sent}</b> sent
            </span>
            <span>
              <b>{page.received}</b> received
            </span>
            <span>
              <b>{page.mentioned}</b> named in
            </span>
            <span className="person-card-total">{docCount(page.documents.length)} in the library</span>
          </>
        ) : state.status === 'error' ? (
          state.message
        ) : (
          'Counting documents…'
        )}
      </span>
      <button type="button" className="person-card-open" onClick={() => onOpenPage(person.personId)}>
        Open person page
      </button>
    </span>
  );
}
