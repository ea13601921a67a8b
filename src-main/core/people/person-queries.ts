import { ChanceryError, type DocumentPerson, type PersonDocument, type PersonPage, type PersonRole, type PersonSummary } from '../../contract';
import type { Db } from '../db/open-database';
import { createPersonCounts } from './person-counts';
import { nameScore } from './person-match';
import { createPersonRows, sortKey, toEntry, toSummary, type PersonRows } from './person-rows';
import { NAMED_PEOPLE } from './named-people';

const ROLE_ORDER: PersonRole[] = ['sender', 'recipient', 'mentioned'];

/** The person index as the calls read it: people of the library, a person's page, the people of a document. */
export function createPersonQueries(db: Db, version: () => string) {
  const rows = createPersonRows(db);
  const counts = createPersonCounts(db, version);
  const inCollection = db.prepare(`SELECT DISTINCT e.person_id FROM person_entries e WHERE e.collection_id = ?
    UNION SELECT DISTINCT dp.person_id FROM ${NAMED_PEOPLE} dp JOIN documents d ON d.id = dp.doc_id WHERE d.collection_id = ?`).pluck();
  const docsOf = db.prepare(`SELECT d.id, d.title, d.date_start AS date, d.year, d.collection_id AS collection, d.number, dp.role
    FROM ${NAMED_PEOPLE} dp JOIN documents d ON d.id = dp.doc_id
    WHERE dp.person_id = ? ORDER BY d.date_start IS NULL, d.date_start, d.id`);
  const namedIn = db.prepare(`SELECT person_id AS person, role, count, target FROM ${NAMED_PEOPLE} WHERE doc_id = ?
    UNION ALL SELECT e.person_id, NULL, 0, e.xml_id FROM person_entries e WHERE e.doc_id = ?`);

  function summaries(people: Map<number, PersonRows>): PersonSummary[] {
    const ids = [...people.keys()];
    const c = counts.counts(ids);
    const v = counts.volumes(ids);
    return [...people.values()].map((p) => {
      const own = p.entries.map((e) => e.collection).filter((x): x is string => x !== null);
      const vols = [...new Set([...own, ...(v.get(p.id) ?? [])])].sort();
      return toSummary(p, c.get(p.id) ?? { sent: 0, received: 0, mentioned: 0 }, vols);
    });
  }

  function list(opts: { query?: string; collection?: string; limit?: number }): PersonSummary[] {
    let people = rows.all();
    if (opts.collection !== undefined) {
      const keep = new Set(inCollection.all(opts.collection, opts.collection) as number[]);
      people = new Map([...people].filter(([id]) => keep.has(id)));
    }
    const query = opts.query?.trim() ?? '';
    const scores = new Map<number, number>();
    if (query !== '') {
      for (const [id, p] of people) {
        const s = nameScore(query, p.entries.map((e) => e.name), p.entries.map((e) => e.description));
        if (s > 0) scores.set(id, s);
      }
      people = new Map([...people].filter(([id]) => scores.has(id)));
    }
    const out = summaries(people);
    const total = (s: PersonSummary): number => s.sent + s.received + s.mentioned;
    out.sort((a, b) => (scores.get(b.id) ?? 0) - (scores.get(a.id) ?? 0)
      || (query === '' ? 0 : total(b) - total(a))
      || sortKey(a.name).localeCompare(sortKey(b.name)) || a.id - b.id);
    return out.slice(0, opts.limit ?? 5000);
  }

  function documents(id: number): PersonDocument[] {
    const byDoc = new Map<number, PersonDocument>();
    for (const r of docsOf.all(id) as Array<Omit<PersonDocument, 'roles'> & { role: PersonRole; year: number | null }>) {
      const seen = byDoc.get(r.id);
      if (seen) {
        if (!seen.roles.includes(r.role)) seen.roles.push(r.role);
      } else {
        byDoc.set(r.id, { id: r.id, title: r.title, date: r.date, collection: r.collection, number: r.number, roles: [r.role] });
      }
    }
    const docs = [...byDoc.values()];
    for (const d of docs) d.roles.sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b));
    return docs;
  }

  function years(docs: readonly PersonDocument[]): PersonPage['years'] {
    const out = new Map<number, { year: number; sent: number; received: number; mentioned: number }>();
    for (const d of docs) {
      const year = d.date === null ? NaN : Number(d.date.slice(0, 4));
      if (!Number.isInteger(year)) continue;
      const y = out.get(year) ?? { year, sent: 0, received: 0, mentioned: 0 };
      if (d.roles.includes('sender')) y.sent++;
      if (d.roles.includes('recipient')) y.received++;
      if (d.roles.includes('mentioned')) y.mentioned++;
      out.set(year, y);
    }
    return [...out.values()].sort((a, b) => a.year - b.year);
  }

  function get(id: number): PersonPage {
    const bare = rows.bare(id);
    if (bare === null) throw new ChanceryError('not-found', `Person ${id} not found`);
    const p = rows.of([id]).get(id) ?? { id, mergedInto: bare.mergedInto, entries: [] };
    const [summary] = summaries(new Map([[id, p]]));
    if (summary === undefined) throw new ChanceryError('not-found', `Person ${id} not found`);
    const docs = documents(id);
    return { ...summary, entries: p.entries.map(toEntry), documents: docs, years: years(docs) };
  }

  function ofDocument(docId: number): DocumentPerson[] {
    const named = namedIn.all(docId, docId) as Array<{ person: number; role: PersonRole | null; count: number; target: string | null }>;
    const people = rows.of([...new Set(named.map((n) => n.person))]);
    const out = new Map<number, DocumentPerson>();
    for (const n of named) {
      const p = people.get(n.person);
      const first = p?.entries[0];
      if (p === undefined || first === undefined) continue;
      let d = out.get(n.person);
      if (d === undefined) {
        d = { personId: p.id, name: first.name, description: p.entries.find((e) => e.description !== '')?.description ?? '', source: first.source, roles: [], targets: [], count: 0 };
        out.set(n.person, d);
      }
      if (n.role !== null && !d.roles.includes(n.role)) d.roles.push(n.role);
      if (n.role === 'mentioned') d.count += n.count;
      if (n.target !== null && !d.targets.includes(n.target)) d.targets.push(n.target);
    }
    const all = [...out.values()];
    for (const d of all) d.roles.sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b));
    return all.sort((a, b) => ROLE_ORDER.indexOf(a.roles[0] ?? 'mentioned') - ROLE_ORDER.indexOf(b.roles[0] ?? 'mentioned') || b.count - a.count || sortKey(a.name).localeCompare(sortKey(b.name)));
  }

  return { list, get, ofDocument, summaries, rows };
}
