import type { PersonRole } from '@contract';
import { useDocumentPeople } from '../../hooks/use-document-people';
import { requestOpenPerson } from '../../lib/person-events';

/**
 * The person index's entries for the header's sender or recipient: links to
 * their pages, beside the heading's words (which stay as the edition prints them).
 */
export function PartyPeople({ docId, role }: { docId: number; role: Extract<PersonRole, 'sender' | 'recipient'> }) {
  const people = useDocumentPeople(docId)?.filter((p) => p.roles.includes(role)) ?? [];
  if (people.length === 0) return null;
  return (
    <span className="party-people">
      {people.map((p) => (
        <a
          key={p.personId}
          className={`party-person ${p.source}`}
          href={`#person-${p.personId}`}
          title={`${p.name}${p.description ? ` — ${p.description}` : ''}${p.source === 'inferred' ? ' (inferred from the heading)' : ''}: open the person page`}
          onClick={(e) => {
            e.preventDefault();
            requestOpenPerson(p.personId);
          }}
        >
          {p.name}
        </a>
      ))}
    </span>
  );
}
