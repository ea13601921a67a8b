import { nameKey } from '../../../src-shared/people/person-names';
import type { Db } from '../db/open-database';

export interface EntryInput {
  key: string;
  collection: string | null;
  xmlId: string | null;
  name: string;
  description: string;
  source: 'listed' | 'inferred';
}

/**
 * The volume entries and the persons they belong to. An entry, once made,
 * keeps its id and its person: a re-import rewrites what the list says of it,
 * never whom the user (or an earlier import) joined it with.
 */
export function createEntryWriter(db: Db) {
  const byKey = db.prepare('SELECT id, doc_id AS docId FROM person_entries WHERE key = ?');
  const newPerson = db.prepare('INSERT INTO persons DEFAULT VALUES');
  const insert = db.prepare(`INSERT INTO person_entries (key, collection_id, xml_id, name, name_key, description, source, doc_id, position, person_id)
    VALUES (@key, @collection, @xmlId, @name, @nameKey, @description, @source, @docId, @position, @personId)`);
  const relist = db.prepare(`UPDATE person_entries SET name = @name, name_key = @nameKey, description = @description, source = 'listed', doc_id = @docId, position = @position
    WHERE id = @id`);
  const unlist = db.prepare('UPDATE person_entries SET doc_id = NULL WHERE doc_id = ?');
  const namesakes = db.prepare(`SELECT DISTINCT person_id FROM person_entries
    WHERE name_key = ? AND source = 'listed' AND doc_id IS NOT NULL AND collection_id IS NOT ?`).pluck();

  /**
   * The person a newly listed entry joins: the one person another volume's
   * list gives the same full name ('Lansing, Robert' in two volumes), when
   * the name has a given name and this list prints it once. Else a new person.
   */
  function personFor(e: EntryInput, key: string, uniqueInList: boolean): number {
    if (e.source === 'listed' && uniqueInList && key.includes(' ')) {
      const found = namesakes.all(key, e.collection) as number[];
      if (found.length === 1 && found[0] !== undefined) return found[0];
    }
    return Number(newPerson.run().lastInsertRowid);
  }

  return {
    /** Before a document's lists are written again: its entries are no longer listed (until the list says so again). */
    unlistFrom(docId: number): void {
      unlist.run(docId);
    },
    /** An entry of a list (`docId` set) or one a document names; returns the entry's id. */
    put(e: EntryInput, docId: number | null, position: number | null, uniqueInList = true): void {
      const key = nameKey(e.name);
      const found = byKey.get(e.key) as { id: number; docId: number | null } | undefined;
      if (found === undefined) {
        insert.run({ ...e, nameKey: key, docId, position, personId: personFor(e, key, uniqueInList) });
      } else if (docId !== null) {
        relist.run({ id: found.id, name: e.name, nameKey: key, description: e.description, docId, position });
      }
    },
  };
}

export type EntryWriter = ReturnType<typeof createEntryWriter>;
