import type { DocumentPerson, PersonRole } from '@contract';
import { personEntryOf, personTargetOf } from '@shared/people/person-links';

/**
 * The key `people.ofDocument` names a person by, for a link run's target: a
 * mention ('#p_BND1' in this volume, 'frus1917Supp02v01#p_BAJ1' in another,
 * src-shared/people) is 'p_BND1' / 'frus1917Supp02v01#p_BAJ1'; an entry of
 * the volume's own persons list ('p_BND1') is its id.
 */
export function personKeyOf(target: string): string | undefined {
  const mention = personTargetOf(target);
  if (mention) return mention.volume ? `${mention.volume}#${mention.id}` : mention.id;
  return personEntryOf(target);
}

/** The people of a document by every target the text links them with. */
export function peopleByTarget(people: readonly DocumentPerson[]): Map<string, DocumentPerson> {
  const map = new Map<string, DocumentPerson>();
  for (const p of people) for (const t of p.targets) map.set(t.replace(/^#/, ''), p);
  return map;
}

const ROLE_WORDS: Record<PersonRole, string> = { sender: 'sender', recipient: 'recipient', mentioned: 'named' };

/** "sender and named", for a hover card: what the person is in this document. */
export function rolesLabel(roles: readonly PersonRole[]): string {
  const words = roles.map((r) => ROLE_WORDS[r]);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}

/** '3 documents' / '1 document'. */
export function docCount(n: number): string {
  return n === 1 ? '1 document' : `${n.toLocaleString('en-GB')} documents`;
}

/** '3 sent · 12 received · 40 named', leaving out the roles a person has no document in. */
export function countsLine(p: { sent: number; received: number; mentioned: number }): string {
  const parts = [p.sent > 0 && `${p.sent} sent`, p.received > 0 && `${p.received} received`, p.mentioned > 0 && `${p.mentioned} named`].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : 'no documents';
}

/** The query that finds the documents naming a person: `person:"Baker, Newton D."` (a quote in the name cannot end the phrase). */
export function personQuery(name: string): string {
  return `person:"${name.replace(/"/g, ' ').replace(/\s+/g, ' ').trim()}"`;
}
