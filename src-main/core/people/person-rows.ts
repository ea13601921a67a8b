import { surnameOf, nameKey } from '../../../src-shared/people/person-names';
import { foldTerm } from '../../../src-shared/text/fold';
import type { PersonEntry, PersonSource, PersonSummary } from '../../contract';
import type { Db } from '../db/open-database';

export interface EntryRow {
  person: number;
  mergedInto: number | null;
  key: string;
  collection: string | null;
  xmlId: string | null;
  name: string;
  description: string;
  source: PersonSource;
  docId: number | null;
  mergedFrom: number | null;
}

export interface PersonRows {
  id: number;
  mergedInto: number | null;
  /** The person's entries, the one that names it first: a list's entry before a pending one, before an inference. */
  entries: EntryRow[];
}

const ENTRY_COLUMNS = `p.id AS person, p.merged_into AS mergedInto, e.key, e.collection_id AS collection, e.xml_id AS xmlId, e.name,
  e.description, e.source, e.doc_id AS docId, e.merged_from AS mergedFrom`;

/** Listed and in a list of the library, listed but only linked to, inferred. */
function rank(e: EntryRow): number {
  return e.source === 'inferred' ? 2 : e.docId === null ? 1 : 0;
}

/** Sort key of a name: a list prints it surname first ('Baker, Newton D.'), a heading may not ('Mr. Gresham' → 'gresham'). */
export function sortKey(name: string): string {
  return name.includes(',') ? foldTerm(name) : `${surnameOf(name)} ${nameKey(name)}`;
}

/**
 * Reads persons with their entries. Only entries something still holds count
 * (a list of the library, or a document naming them): an entry whose list
 * and documents were deleted is gone with them.
 */
export function createPersonRows(db: Db) {
  const live = `(e.doc_id IS NOT NULL OR EXISTS (SELECT 1 FROM doc_people d WHERE d.entry_key = e.key))`;
  const all = db.prepare(`SELECT ${ENTRY_COLUMNS} FROM persons p JOIN person_entries e ON e.person_id = p.id
    WHERE p.merged_into IS NULL AND ${live} ORDER BY e.id`);
  const some = db.prepare(`SELECT ${ENTRY_COLUMNS} FROM persons p JOIN person_entries e ON e.person_id = p.id
    WHERE p.id IN (SELECT value FROM json_each(?)) AND ${live} ORDER BY e.id`);
  const bare = db.prepare('SELECT id, merged_into AS mergedInto FROM persons WHERE id = ?');

  function group(rows: EntryRow[]): Map<number, PersonRows> {
    const out = new Map<number, PersonRows>();
    for (const r of rows) {
      let p = out.get(r.person);
      if (p === undefined) {
        p = { id: r.person, mergedInto: r.mergedInto, entries: [] };
        out.set(r.person, p);
      }
      p.entries.push(r);
    }
    for (const p of out.values()) p.entries.sort((a, b) => rank(a) - rank(b));
    return out;
  }

  return {
    /** Every person not merged into another, with a live entry. */
    all(): Map<number, PersonRows> {
      return group(all.all() as EntryRow[]);
    },
    of(ids: readonly number[]): Map<number, PersonRows> {
      return group(some.all(JSON.stringify(ids)) as EntryRow[]);
    },
    /** A person as stored, even with no live entry (merged away): null when there is none. */
    bare(id: number): { id: number; mergedInto: number | null } | null {
      return (bare.get(id) as { id: number; mergedInto: number | null } | undefined) ?? null;
    },
  };
}

export type PersonRowReader = ReturnType<typeof createPersonRows>;

export function toEntry(e: EntryRow): PersonEntry {
  return { collection: e.collection, xmlId: e.xmlId, name: e.name, description: e.description, source: e.source, mergedByUser: e.mergedFrom !== null, listed: e.docId !== null };
}

/** A person's summary from its entries and its document counts by role. */
export function toSummary(p: PersonRows, counts: { sent: number; received: number; mentioned: number }, collections: readonly string[]): PersonSummary {
  const first = p.entries[0];
  const summary: PersonSummary = {
    id: p.id,
    name: first?.name ?? '',
    description: p.entries.find((e) => e.description !== '')?.description ?? '',
    source: first?.source ?? 'inferred',
    collections: [...collections],
    ...counts,
  };
  if (p.mergedInto !== null) summary.mergedInto = p.mergedInto;
  return summary;
}
