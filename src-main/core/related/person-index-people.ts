import type { Db } from '../db/open-database';
import { NAMED_PEOPLE } from '../people/named-people';
import type { DocStore } from '../search/doc-store';
import { partiesAsPeople, type PeopleSource } from './people-source';

/**
 * The people of a document from the person index: everyone the editors
 * linked or the import joined (senders, recipients and persons named in the
 * text, merges applied), keyed by person. "Same correspondence" keeps the
 * parties as printed; "shared people" names the persons, so two telegrams
 * that both speak of Kolchak are related though neither is to or from him.
 */
export function personIndexAsPeople(db: Db, store: () => DocStore, version: () => number): PeopleSource {
  const printed = partiesAsPeople(store);
  const namedIn = db.prepare(`SELECT DISTINCT person_id FROM ${NAMED_PEOPLE} WHERE doc_id = ?`).pluck();
  const docsOf = db.prepare(`SELECT COUNT(DISTINCT doc_id) FROM ${NAMED_PEOPLE} WHERE person_id = ?`).pluck();
  // The name a person page shows: a list's entry before a pending one, before an inference.
  const nameOf = db.prepare(`SELECT name FROM person_entries WHERE person_id = ? ORDER BY doc_id IS NULL, source = 'inferred', id LIMIT 1`).pluck();
  // Counts and names change only with the index (import, delete, merge, split): kept until its version moves.
  let memo = { version: -1, counts: new Map<number, number>(), names: new Map<number, string>() };
  const fresh = () => {
    if (memo.version !== version()) memo = { version: version(), counts: new Map(), names: new Map() };
    return memo;
  };
  const label = (person: number): string => {
    const m = fresh();
    let name = m.names.get(person);
    if (name === undefined) {
      name = (nameOf.get(person) as string | undefined) ?? '';
      m.names.set(person, name);
    }
    return name;
  };
  return {
    parties: printed.parties,
    of: (id) => (namedIn.all(id) as number[]).map((person) => ({ key: String(person), label: label(person) })).filter((p) => p.label !== ''),
    documentCount(key: string): number {
      const m = fresh();
      const person = Number(key);
      let n = m.counts.get(person);
      if (n === undefined) {
        n = docsOf.get(person) as number;
        m.counts.set(person, n);
      }
      return n;
    },
  };
}
