import { describe, expect, it } from 'vitest';
import { DocStore, type DocFacets } from '../../../src-main/core/search/doc-store';
import { createFacetCounter } from '../../../src-main/core/search/facets';

const doc = (date: string | null, senders: string[], recipients: string[], place: string | null = null): DocFacets => ({ date, senders, recipients, place, classification: null, collection: 'v1' });

/** Facets over `ids` of `store`, as a search counts them. */
function facetsOf(store: DocStore, ids: number[]) {
  const matched = new Uint8Array(store.present.length);
  for (const id of ids) matched[id] = 1;
  return createFacetCounter().count(store, Int32Array.from(ids), matched, [], () => undefined);
}

describe('facet counts of documents with more than one value in a field', () => {
  // A telegram to two envoys counts once under each, in every way the counter may count.
  const store = new DocStore();
  store.set(1, doc('1918-03-01', ['Lansing'], ['Francis', 'Morris'], 'Washington'));
  store.set(2, doc('1918-03-02', ['Francis'], ['Lansing']));
  store.set(3, doc('1918-04-01', ['Lansing'], ['Morris']));
  for (let id = 4; id <= 12; id++) store.set(id, doc('1919-01-01', ['Polk'], ['Wilson']));

  it('counts each recipient of a document sent to several, over a few matches or most of the library', () => {
    const few = facetsOf(store, [1, 2, 3]);
    expect(few.recipient).toEqual([
      { value: 'Morris', count: 2 },
      { value: 'Francis', count: 1 },
      { value: 'Lansing', count: 1 },
    ]);
    expect(few.year).toEqual([{ value: 1918, count: 3 }]);
    // Eleven of twelve: the library's counts less the one document left out.
    const most = facetsOf(store, [1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(most.recipient).toEqual([
      { value: 'Wilson', count: 9 },
      { value: 'Morris', count: 2 },
      { value: 'Francis', count: 1 },
    ]);
    expect(most.sender).toEqual([
      { value: 'Polk', count: 9 },
      { value: 'Lansing', count: 2 },
    ]);
    expect(most.year).toEqual([
      { value: 1918, count: 2 },
      { value: 1919, count: 9 },
    ]);
  });

  it('stops counting a second recipient once the document has only one, and after the store is saved and loaded', () => {
    store.set(1, doc('1918-03-01', ['Lansing'], ['Francis'], 'Washington'));
    expect(facetsOf(store, [1, 3]).recipient).toEqual([
      { value: 'Francis', count: 1 },
      { value: 'Morris', count: 1 },
    ]);
    store.set(1, doc('1918-03-01', ['Lansing'], ['Francis', 'Morris'], 'Washington'));
    const loaded = DocStore.deserialize(store.serialize());
    expect(facetsOf(loaded, [1, 3]).recipient).toEqual([
      { value: 'Morris', count: 2 },
      { value: 'Francis', count: 1 },
    ]);
    store.remove(1);
    expect(facetsOf(store, [3]).recipient).toEqual([{ value: 'Morris', count: 1 }]);
  });
});
