import { useId, useRef, useState, type ReactNode } from 'react';
import { useDismiss } from '../../hooks/use-dismiss';
import { useDocumentPeople } from '../../hooks/use-document-people';
import { peopleByTarget } from '../../lib/person-links';
import { requestOpenPerson } from '../../lib/person-events';
import { useReader } from '../reader/reader-context';
import { PersonCard } from './PersonCard';

/**
 * A name the editors tied to their persons list (`<persName corresp="#p_BND1">`):
 * a link to the person's page, with a card on hover and on focus. The words
 * stay as printed; a link whose id the library does not know stays plain but
 * says so on hover.
 */
export function PersonRef({ target, children }: { target: string; children: ReactNode }) {
  const { view } = useReader();
  const people = useDocumentPeople(view.id);
  const person = people ? (peopleByTarget(people).get(target) ?? null) : null;
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLSpanElement>(null);
  const cardId = useId();
  useDismiss(root, open, () => setOpen(false));
  const openPage = (id: number): void => {
    setOpen(false);
    requestOpenPerson(id);
  };
  return (
    <span
      className="person-ref-wrap"
      ref={root}
      onPointerEnter={() => setOpen(true)}
      onPointerLeave={() => setOpen(false)}
      onFocus={() => setOpen(true)}
      onBlur={(e) => {
        if (!root.current?.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <a
        className={person ? 'person-ref' : 'person-ref unknown'}
        href={person ? `#person-${person.personId}` : '#'}
        data-person={target}
        aria-describedby={open ? cardId : undefined}
        onClick={(e) => {
          e.preventDefault();
          if (person) openPage(person.personId);
        }}
      >
        {children}
      </a>
      {open && people && <PersonCard id={cardId} person={person} target={target} onOpenPage={openPage} />}
    </span>
  );
}
