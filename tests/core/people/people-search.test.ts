import { describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/core';
import { createPersonFacetCounter } from '../../../src-main/core/search/person-facets';
import { library, personNamed, RUSSIA, SUPP } from './people-helpers';

/** Every matching document's people, counted one by one through people.ofDocument. */
function bruteForce(core: Core, query: string): Map<string, number> {
  const hits = core.search.search({ query, limit: 1000, scope: 'documents' }).hits;
  const counts = new Map<string, number>();
  for (const h of hits) {
    for (const p of core.people.ofDocument(h.id)) {
      if (p.roles.length > 0) counts.set(String(p.personId), (counts.get(String(p.personId)) ?? 0) + 1);
    }
  }
  return counts;
}

describe('the person facet', () => {
  it.each(['', 'Petrograd', 'loan OR credit'])('counts every matching document naming each person, as a one-by-one count does (query "%s")', async (query) => {
    const { core } = await library(RUSSIA, SUPP);
    const { facets, total } = core.search.search({ query, scope: 'documents' });
    expect(total).toBeLessThan(1000);
    const brute = bruteForce(core, query);
    expect(facets.person.length).toBe(Math.min(20, brute.size));
    for (const f of facets.person) expect([f.label, f.count]).toEqual([f.label, brute.get(f.value)]);
    // The 20 are the commonest: nobody left out is named by more documents than the last shown.
    const shown = new Set(facets.person.map((f) => f.value));
    const last = facets.person[facets.person.length - 1]?.count ?? 0;
    for (const [id, n] of brute) if (!shown.has(id)) expect(n).toBeLessThanOrEqual(last);
    core.close();
  });

  it('names each person as the index does, most documents first', async () => {
    const { core } = await library(RUSSIA, SUPP);
    const { facets } = core.search.search({ query: '' });
    // Lansing, in both volumes' lists: the Secretary of State of every telegram to or from the Department.
    const lansing = core.people.get(personNamed(core, 'Lansing, Robert').id);
    expect(facets.person[0]).toEqual({ value: String(lansing.id), label: 'Lansing, Robert', count: lansing.documents.length });
    expect(facets.person[1]?.label).toBe('Francis, David R.');
    core.close();
  });

  it('keeps the names it shows until the index changes, then reads them again', async () => {
    const { core } = await library(RUSSIA, SUPP);
    const lansing = personNamed(core, 'Lansing, Robert');
    let key = 'first';
    const counter = createPersonFacetCounter(core.db, () => key);
    const all = new Uint8Array(core.index.store.present);
    const labelOf = (): string | undefined => counter.count(all).find((f) => f.value === String(lansing.id))?.label;
    expect(labelOf()).toBe('Lansing, Robert');
    // Written behind the index's back (no import, merge or split): the name kept is still shown.
    core.db.prepare('UPDATE person_entries SET name = ? WHERE person_id = ?').run('Lansing, R.', lansing.id);
    expect(labelOf()).toBe('Lansing, Robert');
    key = 'after a merge';
    expect(labelOf()).toBe('Lansing, R.');
    core.close();
  });

  it('follows a merge at once', async () => {
    const { core } = await library(RUSSIA, SUPP);
    const j = personNamed(core, 'Balfour, Arthur J.');
    const james = personNamed(core, 'Balfour, Arthur James');
    const before = core.search.search({ query: '' }).facets.person;
    expect(before.find((f) => f.value === String(james.id))?.count).toBe(3);
    core.people.merge(j.id, james.id);
    const after = core.search.search({ query: '' }).facets.person;
    expect(after.find((f) => f.value === String(james.id))).toBeUndefined();
    expect(after.find((f) => f.value === String(j.id))).toMatchObject({ label: 'Balfour, Arthur J.', count: 3 + j.sent + j.received + j.mentioned });
    core.close();
  });
});

describe('person: in the query language', () => {
  it('finds the documents a person sent, received or is named in, by surname or full name', async () => {
    const { core } = await library(RUSSIA, SUPP);
    const lansing = core.people.get(personNamed(core, 'Lansing, Robert').id);
    const found = core.search.search({ query: 'person:Lansing', limit: 1000 });
    expect(found.hits.map((h) => h.id).sort((a, b) => a - b)).toEqual(lansing.documents.map((d) => d.id).sort((a, b) => a - b));
    expect(core.search.search({ query: 'person:"Robert Lansing"' }).total).toBe(lansing.documents.length);
    // The volume's list says Lansing is the Secretary of State: the telegrams to "the Secretary of State" are his.
    expect(found.hits.some((h) => h.title === 'The Ambassador in Russia (Francis) to the Secretary of State')).toBe(true);
    core.close();
  });

  it('takes the facet\'s choice (a person\'s id) beside the query, and -person: leaves a person out', async () => {
    const { core } = await library(RUSSIA, SUPP);
    const balfour = personNamed(core, 'Balfour, Arthur James');
    const byId = core.search.search({ query: '', person: String(balfour.id) });
    expect(byId.total).toBe(3);
    expect(core.search.search({ query: 'person:Spring -person:Page' }).hits.map((h) => h.title)).toEqual(['The British Ambassador (Spring Rice) to the Secretary of State']);
    core.close();
  });

  it('shows the person filter in the inspector, by name, with the documents it keeps', async () => {
    const { core } = await library(RUSSIA, SUPP);
    const balfour = personNamed(core, 'Balfour, Arthur James');
    const inspected = core.inspector.inspect({ query: 'person:Jusserand', person: String(balfour.id) });
    expect(inspected.filters).toEqual([
      { field: 'person', value: 'Jusserand', excluded: false, inQuery: true, docs: 1 },
      { field: 'person', value: 'Balfour, Arthur James', excluded: false, inQuery: false, docs: 3 },
    ]);
    expect(inspected.total).toBe(0);
    core.close();
  });
});
