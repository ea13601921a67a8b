import type { Party } from '../../../src-shared/model/document';
import { nameFits, nameKey, roleKey } from '../../../src-shared/people/person-names';
import type { Db } from '../db/open-database';
import { inferredKey, mentionKey } from './person-keys';

interface Listed {
  key: string;
  name: string;
  description: string;
  /** The description as an office (`roleKey`), worked out once per list: every party of a volume is held against its whole list. */
  role: string;
}

/** Whom a heading's party is: an entry's key, how it was found, and the entry to make when it is a new inference. */
export interface JoinedParty {
  key: string;
  basis: 'id' | 'name' | 'office';
  target: string | null;
  inferred?: { name: string; role: string };
}

/**
 * Joins the sender and recipient a heading names to the person index. The
 * editors' link (`corresp`) always wins. A name without one joins the one
 * person of the document's own volume list it fits ('Francis' →
 * 'Francis, David R.'; the role decides between namesakes), else the one
 * person another volume lists under the same full name, else it is an
 * inferred person of its own, by name and role. An office without a name
 * ('the Secretary of State') is the one person the volume's list describes
 * by exactly that office ('Lansing, Robert, Secretary of State'), else no one:
 * a list that dates its offices ('Secretary of State until June 1920') or
 * names two holders is not read as saying who held it on a given day.
 */
export function createPartyJoiner(db: Db) {
  const listedIn = db.prepare(`SELECT key, name, description FROM person_entries
    WHERE collection_id IS ? AND source = 'listed' AND doc_id IS NOT NULL ORDER BY id`);
  const fullName = db.prepare(`SELECT key, person_id AS person FROM person_entries
    WHERE name_key = ? AND source = 'listed' AND doc_id IS NOT NULL`);
  const lists = new Map<string | null, Listed[]>();

  function listOf(collection: string | null): Listed[] {
    let list = lists.get(collection);
    if (list === undefined) {
      list = (listedIn.all(collection) as Array<Omit<Listed, 'role'>>).map((l) => ({ ...l, role: roleKey(l.description) }));
      lists.set(collection, list);
    }
    return list;
  }

  function inVolume(name: string, role: string, collection: string | null): string | undefined {
    let fits = listOf(collection).filter((l) => nameFits(name, l.name));
    if (fits.length > 1 && role !== '') {
      const r = roleKey(role);
      fits = fits.filter((l) => l.role.includes(r));
    }
    return fits.length === 1 ? fits[0]?.key : undefined;
  }

  function holder(office: string, collection: string | null): string | undefined {
    const r = roleKey(office);
    const found = r === '' ? [] : listOf(collection).filter((l) => l.role === r);
    return found.length === 1 ? found[0]?.key : undefined;
  }

  function elsewhere(name: string): string | undefined {
    const key = nameKey(name);
    if (!key.includes(' ')) return undefined;
    const found = fullName.all(key) as Array<{ key: string; person: number }>;
    return new Set(found.map((f) => f.person)).size === 1 ? found[0]?.key : undefined;
  }

  return {
    /** Lists written since: read them again. */
    forget(): void {
      lists.clear();
    },
    join(p: Party, collection: string | null): JoinedParty | undefined {
      const linked = p.person === undefined ? undefined : mentionKey(p.person, collection);
      if (linked !== undefined && p.person !== undefined) return { key: linked.key, basis: 'id', target: p.person };
      const name = p.name?.trim() ?? '';
      const role = p.role?.trim() ?? '';
      if (name === '' || nameKey(name) === '') {
        const office = holder(role, collection);
        return office === undefined ? undefined : { key: office, basis: 'office', target: null };
      }
      const key = inVolume(name, role, collection) ?? elsewhere(name);
      if (key !== undefined) return { key, basis: 'name', target: null };
      return { key: inferredKey(name, role), basis: 'name', target: null, inferred: { name, role } };
    },
  };
}
