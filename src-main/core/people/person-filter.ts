import type { Db } from '../db/open-database';
import { foldedWords } from '../../../src-shared/text/fold';
import { namesPerson } from './person-match';

/**
 * The documents naming a person in any role, for `person:` and the person
 * facet's choice: `want` is a person's id (what the facet gives) or a name
 * ('Lansing', '"Robert Lansing"', 'lans'), matched against every entry of
 * every person, so that a merged person is found by either name.
 */
/** Every word typed begins a word of the name: 'lans', 'rob lansing'. */
function wordsBegin(want: string, name: string): boolean {
  const w = foldedWords(want);
  const v = foldedWords(name);
  return w.length > 0 && w.every((x) => v.some((y) => y.startsWith(x)));
}

export function documentsOfPeople(db: Db, want: string): Set<number> {
  const value = want.trim();
  let people: number[];
  if (/^\d+$/.test(value)) {
    const id = Number(value);
    // A person merged into another is found as that one.
    const into = db.prepare('SELECT merged_into FROM persons WHERE id = ?').pluck().get(id) as number | null | undefined;
    people = [into ?? id];
  } else {
    const names = db.prepare('SELECT person_id AS person, name FROM person_entries').all() as Array<{ person: number; name: string }>;
    people = [...new Set(names.filter((n) => namesPerson(value, [n.name]) || wordsBegin(value, n.name)).map((n) => n.person))];
  }
  const docs = db.prepare(`SELECT DISTINCT dp.doc_id FROM doc_people dp JOIN person_entries e ON e.key = dp.entry_key
    WHERE e.person_id IN (SELECT value FROM json_each(?))`).pluck().all(JSON.stringify(people)) as number[];
  return new Set(docs);
}
