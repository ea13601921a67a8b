import { ChanceryError, type DocumentPerson, type PersonDocument, type PersonRole, type PersonSummary } from '../contract';
import type { CliCall } from './cli-call';

type Out = (line: string) => void;

function count(value: string | undefined, what: string): number {
  if (!value || !/^\d+$/.test(value) || Number(value) < 1) throw new ChanceryError('invalid-argument', `give ${what} (a number)`);
  return Number(value);
}

export const PEOPLE_USAGE = `  people [QUERY] [--json] [--limit N]   the person index (by name; best match first when QUERY is given)
  person ID [--json]           a person: entries, documents as sender, recipient and mentioned, by date`;

const line = (p: PersonSummary): string =>
  `${String(p.id).padStart(5)}  ${p.name}${p.description ? `, ${p.description}` : ''}${p.source === 'inferred' ? ' (inferred)' : ''}  — sent ${p.sent}, received ${p.received}, mentioned ${p.mentioned}`;

/** `people [QUERY] [--json]`: the index, or the people a name finds. */
export async function runPeople(call: CliCall, rest: string[], flags: { json?: boolean; limit?: string }, out: Out): Promise<number> {
  const query = rest.join(' ').trim();
  const people = await call('people.list', { ...(query ? { query } : {}), ...(flags.limit ? { limit: count(flags.limit, 'a limit') } : {}) });
  if (flags.json) out(JSON.stringify(people, null, 2));
  else {
    for (const p of people) out(line(p));
    out(`${people.length} person(s)`);
  }
  return 0;
}

const doc = (d: PersonDocument) => ({ id: d.id, title: d.title, date: d.date, collection: d.collection, number: d.number });

/** `person ID [--json]`: the person's page, documents grouped by role (a document may be in two groups). */
export async function runPerson(call: CliCall, id: string | undefined, flags: { json?: boolean }, out: Out): Promise<number> {
  const page = await call('people.get', { id: count(id, 'a person ID, as `people` lists them') });
  const byRole = (role: PersonRole) => page.documents.filter((d) => d.roles.includes(role)).map(doc);
  const json = { ...page, documents: { sender: byRole('sender'), recipient: byRole('recipient'), mentioned: byRole('mentioned') } };
  if (flags.json) {
    out(JSON.stringify(json, null, 2));
    return 0;
  }
  out(line(page));
  if (page.mergedInto !== undefined) out(`merged into person ${page.mergedInto}`);
  for (const e of page.entries) out(`  entry: ${e.collection ?? '—'} ${e.xmlId ?? ''} ${e.name}${e.description ? `, ${e.description}` : ''} (${e.listed ? 'listed' : e.source === 'inferred' ? 'inferred' : 'not in your library'})`);
  for (const role of ['sender', 'recipient', 'mentioned'] as const) {
    const docs = json.documents[role];
    if (docs.length === 0) continue;
    out(`${role} (${docs.length}):`);
    for (const d of docs) out(`${String(d.id).padStart(7)}  ${d.date ?? '          '}  ${d.title}`);
  }
  return 0;
}

/** `show --json`'s `people`: who the document names, in which roles, and how often. */
export const toShowPeople = (people: DocumentPerson[]) =>
  people.map((p) => ({ id: p.personId, name: p.name, description: p.description, source: p.source, roles: p.roles, count: p.count }));
