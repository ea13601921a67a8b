import type { DocumentBody, DocumentMeta, Party } from '../../../src-shared/model/document';
import { personDefinitions, personMentions, type PersonDefinition, type PersonMention } from '../../../src-shared/people/person-links';
import { nameKey } from '../../../src-shared/people/person-names';
import type { PersonRole } from '../../contract';
import type { Db } from '../db/open-database';
import { createPartyJoiner } from './party-join';
import { createEntryWriter } from './person-entries';
import type { KnownPersons } from './person-inputs';
import { listedKey, mentionKey } from './person-keys';

/** Bodies holding a person link: the JSON of a `link` whose target is `p_…`, `#p_…` or `frus…#p_…` (a cheap filter before parsing). */
const HAS_PERSON = `body_json LIKE '%"target":"%p\\_%' ESCAPE '\\'`;
/** Bodies holding a persons list's entry: a `link` to a bare `p_…` (a volume's list is one document of hundreds). */
const HAS_LIST = `body_json LIKE '%"target":"p\\_%' ESCAPE '\\'`;

interface Row {
  id: number;
  collection: string | null;
  meta: string;
  body: string | null;
}

/** Documents just written, by id, with what the person index reads of them (so their rows are not read back). */
export type KnownDocs = ReadonlyMap<number, KnownPersons>;

interface Listed {
  id: number;
  collection: string | null;
  definitions: readonly PersonDefinition[];
}

interface Named {
  id: number;
  collection: string | null;
  meta: DocumentMeta;
  mentions: readonly PersonMention[];
}

/** Entries nobody lists or names any more, then persons left with no entry (the merges that made them go with them). */
const FORGET = [
  `DELETE FROM person_entries WHERE doc_id IS NULL AND NOT EXISTS (SELECT 1 FROM doc_people d WHERE d.entry_key = person_entries.key)`,
  `DELETE FROM persons WHERE NOT EXISTS (SELECT 1 FROM person_entries e WHERE e.person_id = persons.id)
     AND NOT EXISTS (SELECT 1 FROM person_entries e WHERE e.merged_from = persons.id)
     AND NOT EXISTS (SELECT 1 FROM persons q WHERE q.merged_into = persons.id)`,
];

/**
 * Writes the person index of documents just written (in the import's
 * transaction), from the one reading of src-shared/people: first the
 * entries of their persons lists, then who each document names (its
 * heading's sender and recipient, the names it links in text and footnotes).
 */
export function createPersonImport(db: Db) {
  const rowOf = (filter: string) =>
    db.prepare(`SELECT id, collection_id AS collection, meta_json AS meta, CASE WHEN ${filter} THEN body_json END AS body FROM documents WHERE id = ?`);
  const withPersons = rowOf(HAS_PERSON);
  const withList = rowOf(HAS_LIST);
  const clear = db.prepare('DELETE FROM doc_people WHERE doc_id = ?');
  const add = db.prepare(`INSERT INTO doc_people (doc_id, entry_key, role, count, basis, target) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT DO UPDATE SET count = count + excluded.count`);
  const forget = FORGET.map((sql) => db.prepare(sql));
  const entries = createEntryWriter(db);
  const joiner = createPartyJoiner(db);

  function writeLists(doc: Listed): void {
    entries.unlistFrom(doc.id);
    const names = new Map<string, number>();
    for (const d of doc.definitions) names.set(nameKey(d.name), (names.get(nameKey(d.name)) ?? 0) + 1);
    doc.definitions.forEach((d, i) => {
      const entry = { key: listedKey(doc.collection, d.id), collection: doc.collection, xmlId: d.id, name: d.name, description: d.description, source: 'listed' as const };
      entries.put(entry, doc.id, i, names.get(nameKey(d.name)) === 1);
    });
  }

  /** A link into another volume's list is kept as that volume's entry, named as the text names it, until that volume comes. */
  function keepOtherVolume(key: { key: string; collection: string | null; xmlId: string }, home: string | null, name: string): void {
    if (key.collection === home) return;
    entries.put({ key: key.key, collection: key.collection, xmlId: key.xmlId, name, description: '', source: 'listed' }, null, null, false);
  }

  function writeParties(doc: Named, parties: readonly Party[] | undefined, role: PersonRole): void {
    for (const p of parties ?? []) {
      const j = joiner.join(p, doc.collection);
      if (j === undefined) continue;
      add.run(doc.id, j.key, role, 1, j.basis, j.target);
      const linked = j.target === null ? undefined : mentionKey(j.target, doc.collection);
      if (linked) keepOtherVolume(linked, doc.collection, p.name ?? '');
      if (j.inferred) {
        entries.put({ key: j.key, collection: null, xmlId: null, name: j.inferred.name, description: j.inferred.role, source: 'inferred' }, null, null);
      }
    }
  }

  function writeNames(doc: Named): void {
    clear.run(doc.id);
    for (const m of doc.mentions) {
      const key = mentionKey(m.target, doc.collection);
      if (key === undefined) continue;
      add.run(doc.id, key.key, 'mentioned', m.count, 'id', m.target);
      keepOtherVolume(key, doc.collection, m.text);
    }
    writeParties(doc, doc.meta.from?.value, 'sender');
    writeParties(doc, doc.meta.to?.value, 'recipient');
  }

  /** A document's persons list: as the import worked it out, else from its stored body (parsed only when it holds a list's entry). */
  const listedOf = (id: number, known?: KnownDocs): Listed | null => {
    const k = known?.get(id);
    if (k) return { id, collection: k.collection, definitions: k.inputs.people.definitions };
    const row = withList.get(id) as Row | undefined;
    return row ? { id, collection: row.collection, definitions: row.body === null ? [] : personDefinitions(JSON.parse(row.body) as DocumentBody) } : null;
  };
  /** Whom a document names, the same way. */
  const namedOf = (id: number, known?: KnownDocs): Named | null => {
    const k = known?.get(id);
    if (k) return { id, collection: k.collection, meta: k.meta, mentions: k.inputs.people.mentions };
    const row = withPersons.get(id) as Row | undefined;
    if (!row) return null;
    const mentions = row.body === null ? [] : personMentions(JSON.parse(row.body) as DocumentBody);
    return { id, collection: row.collection, meta: JSON.parse(row.meta) as DocumentMeta, mentions };
  };

  const steps = {
    /** First, the persons lists the documents carry (a volume's list is one document; names are joined to it next). */
    lists(ids: readonly number[], known?: KnownDocs): void {
      for (const id of ids) {
        const doc = listedOf(id, known);
        if (doc) writeLists(doc);
      }
    },
    /**
     * Then who each document names, for as many of `ids` as fit before
     * `until` (at least one); returns how many. The lists are read afresh at
     * each call: another write may have come between two calls.
     */
    names(ids: readonly number[], until: number, known?: KnownDocs): number {
      joiner.forget();
      let done = 0;
      for (const id of ids) {
        if (done > 0 && performance.now() >= until) break;
        const doc = namedOf(id, known);
        if (doc) writeNames(doc);
        done++;
      }
      return done;
    },
    /** Last, entries and persons nothing lists or names any more. */
    tidy(): void {
      for (const s of forget) s.run();
    },
  };

  return {
    ...steps,
    /** All three at once (inside one transaction). */
    afterImport(ids: readonly number[]): void {
      steps.lists(ids);
      steps.names(ids, Number.POSITIVE_INFINITY);
      steps.tidy();
    },
  };
}
