import { describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/core';
import { partyLabel } from '../../../src-shared/display/parties';
import { normaliseClassification } from '../../../src-shared/sources/source-note';
import { placeFacetValue } from '../../../src-shared/places/place-match';
import type { FacetCount, SearchFacets } from '../../../src-main/contract';
import { allIds, corpusLibrary, SEARCH_MODES } from './corpus-library';


type Dim = 'sender' | 'recipient' | 'place' | 'classification' | 'collection' | 'tag';

/** Facet values of one document, read from its stored metadata: the brute-force truth. */
function valuesOf(core: Core, id: number): Record<Dim, string[]> & { year: number | null } {
  const doc = core.repo.get(id);
  if (!doc) throw new Error(`no document ${id}`);
  const m = doc.meta;
  const one = (v: string | undefined): string[] => (v?.trim() ? [v.trim()] : []);
  const year = m.date ? Number(m.date.value.start.slice(0, 4)) : null;
  return {
    year,
    sender: [...new Set((m.from?.value ?? []).map(partyLabel))],
    recipient: [...new Set((m.to?.value ?? []).map(partyLabel))],
    place: one(placeFacetValue(m.place?.value) ?? undefined),
    classification: one(m.classification && normaliseClassification(m.classification.value)),
    collection: one(doc.placement?.collection.id),
    tag: doc.summary.tags,
  };
}

function bruteForce(core: Core, ids: number[]) {
  const counts = new Map<string, Map<string | number, number>>();
  const add = (dim: string, v: string | number): void => {
    const m = counts.get(dim) ?? new Map<string | number, number>();
    m.set(v, (m.get(v) ?? 0) + 1);
    counts.set(dim, m);
  };
  for (const id of ids) {
    const v = valuesOf(core, id);
    if (v.year !== null) add('year', v.year);
    for (const dim of ['sender', 'recipient', 'place', 'classification', 'collection', 'tag'] as const) for (const x of v[dim]) add(dim, x);
  }
  return (dim: string): Map<string | number, number> => counts.get(dim) ?? new Map();
}

/** The listed values carry their exact counts, and none left out has more than the last listed. */
function expectTop(listed: FacetCount[], truth: Map<string | number, number>): void {
  expect(listed.length).toBe(Math.min(20, truth.size));
  for (const f of listed) expect(f.count).toBe(truth.get(f.value));
  const shown = new Set(listed.map((f) => f.value));
  const floor = listed[listed.length - 1]?.count ?? 0;
  for (const [v, n] of truth) if (!shown.has(String(v))) expect(n).toBeLessThanOrEqual(floor);
}

function expectFacets(facets: SearchFacets, truth: ReturnType<typeof bruteForce>): void {
  expect(facets.year).toEqual([...truth('year')].sort((a, b) => Number(a[0]) - Number(b[0])).map(([value, count]) => ({ value, count })));
  for (const dim of ['sender', 'recipient', 'place', 'classification', 'collection', 'tag'] as const) expectTop(facets[dim], truth(dim));
}

for (const { mode, termsFrom } of SEARCH_MODES) {
  describe(`facets over all matching documents (${mode})`, () => {
    const lib = corpusLibrary({ termsFrom });
    it('equal brute-force counts over the stored metadata, for queries with and without filters', () => {
      const core = lib.core();
      const some = allIds(core, { query: 'railway' }).slice(0, 40);
      some.forEach((id, i) => core.reading.tags.setForDocument(id, i % 2 === 0 ? ['transport'] : ['transport', 'russia']));
      const cases = [
        { query: '' },
        { query: 'railway' },
        { query: 'department' },
        // Past two thirds of the library (78 %, 98 %): counted as the library's counts less the documents left out.
        { query: 'telegram' },
        { query: 'state' },
        { query: 'telegram year:1918' },
        // A filter keeping most of the library: the documents left out are those of the filtered list, not of the words alone.
        { query: 'state year:1900..1940' },
        { query: 'from:Gresham' },
        { query: 'treaty -japanese' },
        { query: 'government', yearFrom: 1930, place: 'Geneva' },
        { query: 'tag:transport' },
      ];
      for (const req of cases) {
        const res = core.search.search({ ...req, limit: 5 });
        const ids = allIds(core, req);
        expect(ids.length).toBe(res.total);
        expectFacets(res.facets, bruteForce(core, ids));
      }
    });

    it('name collections by their title', () => {
      const res = lib.core().search.search({ query: '', limit: 1 });
      expect(res.facets.collection.map((c) => c.value).sort()).toEqual(['frus1894Nicaragua', 'frus1918Russiav03', 'frus1936v03']);
      expect(res.facets.collection.find((c) => c.value === 'frus1936v03')?.label).toMatch(/1936/);
    });

    it('agree with the filters they offer: choosing a value gives as many documents as it counted', () => {
      const core = lib.core();
      const res = core.search.search({ query: 'railway', limit: 1 });
      for (const f of res.facets.year.slice(0, 5)) expect(core.search.search({ query: 'railway', year: f.value, limit: 1 }).total).toBe(f.count);
      for (const f of res.facets.collection) expect(core.search.search({ query: 'railway', collection: f.value, limit: 1 }).total).toBe(f.count);
    });
  });
}
