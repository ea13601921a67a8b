import { describe, expect, it } from 'vitest';
import { DocStore, FACET_DIMS } from '../../../src-main/core/search/doc-store';

/** Everything facets and filters read of a store, per document. */
function contents(store: DocStore): unknown[] {
  const out: unknown[] = [store.size];
  for (let id = 0; id < store.present.length; id++) {
    if (!store.has(id)) continue;
    out.push([id, store.dateKey[id], ...FACET_DIMS.map((d) => store.values(d, id).map((n) => store.dicts[d].values[n]))]);
  }
  return out;
}

function sample(): DocStore {
  const store = new DocStore();
  store.set(3, { date: '1918-07-04', senders: ['Francis'], recipients: ['Lansing', 'Polk'], place: 'Vologda', classification: null, collection: 'frus1918Russiav03' });
  store.set(7, { date: null, senders: [], recipients: [], place: null, classification: 'Secret', collection: 'frus1918Russiav03' });
  store.set(2000, { date: '1894-02-01', senders: ['Baker', 'Seat', 'Uhl'], recipients: ['Gresham'], place: 'Managua', classification: null, collection: 'frus1894Nicaragua' });
  store.set(9, { date: '1936-01-02', senders: ['Hull'], recipients: ['Grew'], place: 'Washington', classification: 'Confidential', collection: 'frus1936v03' });
  store.remove(9);
  return store;
}

describe('the facet store written to the cache and read back', () => {
  it('comes back the same, several senders and recipients, undated and removed documents included', () => {
    const store = sample();
    const back = DocStore.deserialize(store.serialize());
    expect(contents(back)).toEqual(contents(store));
    expect([...back.dateOrder()]).toEqual([2000, 3, 7]);
    expect(back.has(9)).toBe(false);
  });

  it('still reads the JSON copy an earlier version wrote', () => {
    const store = sample();
    // The earlier format: one JSON object, rows as per document [id, dateKey, per dimension count, values…].
    const rows: number[] = [];
    for (const id of [3, 7, 2000]) {
      rows.push(id, store.dateKey[id] ?? 0);
      for (const dim of FACET_DIMS) rows.push(store.values(dim, id).length, ...store.values(dim, id));
    }
    const json = JSON.stringify({ dicts: FACET_DIMS.map((d) => store.dicts[d].values), rows });
    expect(contents(DocStore.deserialize(json))).toEqual(contents(store));
  });

  it('refuses a copy that is neither', () => {
    expect(() => DocStore.deserialize(Buffer.from('not a store at all'))).toThrow('not a facet store');
  });
});
