import { describe, expect, it } from 'vitest';
import { DocStore, type DocFacets } from '../../../src-main/core/search/doc-store';
import { createFacetCounter } from '../../../src-main/core/search/facets';

const doc = (over: Partial<DocFacets>): DocFacets => ({ date: '1918-03-02', senders: ['Francis'], recipients: ['Lansing'], place: 'Petrograd', classification: null, collection: 'frus1918Russiav03', ...over });

function count(store: DocStore, ids: number[]) {
  const matched = new Uint8Array(store.present.length);
  for (const id of ids) matched[id] = 1;
  return createFacetCounter().count(store, Int32Array.from(ids), matched, [], () => undefined);
}

describe('facet counts follow every change to the store', () => {
  it('counts each value of a document with several, and leaves undated documents out of the years', () => {
    const store = new DocStore();
    store.set(1, doc({ recipients: ['Lansing', 'Wilson'] }));
    store.set(2, doc({ date: null, senders: ['Summers'] }));
    store.set(3, doc({ date: '1919-01-05' }));
    const f = count(store, [1, 2, 3]);
    expect(f.recipient).toEqual([{ value: 'Lansing', count: 3 }, { value: 'Wilson', count: 1 }]);
    expect(f.sender).toEqual([{ value: 'Francis', count: 2 }, { value: 'Summers', count: 1 }]);
    expect(f.year).toEqual([{ value: 1918, count: 1 }, { value: 1919, count: 1 }]);
  });

  it('a corrected sender and a removed document are counted as they are now', () => {
    const store = new DocStore();
    for (let id = 1; id <= 4; id++) store.set(id, doc({}));
    expect(count(store, [1, 2, 3, 4]).sender).toEqual([{ value: 'Francis', count: 4 }]);
    store.set(2, doc({ senders: ['Poole'] }));
    expect(count(store, [1, 2, 3, 4]).sender).toEqual([{ value: 'Francis', count: 3 }, { value: 'Poole', count: 1 }]);
    store.remove(3);
    const f = count(store, [1, 2, 4]);
    expect(f.sender).toEqual([{ value: 'Francis', count: 2 }, { value: 'Poole', count: 1 }]);
    expect(f.year).toEqual([{ value: 1918, count: 3 }]);
  });

  it('the library-minus-others count (most documents matching) agrees with counting the matches', () => {
    const store = new DocStore();
    for (let id = 1; id <= 40; id++) store.set(id, doc({ senders: [id % 3 === 0 ? 'Poole' : 'Francis'], recipients: id % 5 === 0 ? ['Lansing', 'Wilson'] : ['Lansing'] }));
    const most = Array.from({ length: 35 }, (_, k) => k + 1);
    const f = count(store, most);
    expect(f.sender).toEqual([{ value: 'Francis', count: 24 }, { value: 'Poole', count: 11 }]);
    expect(f.recipient).toEqual([{ value: 'Lansing', count: 35 }, { value: 'Wilson', count: 7 }]);
  });
});
