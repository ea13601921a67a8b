import { describe, expect, it } from 'vitest';
import { DocStore } from '../../../src-main/core/search/doc-store';

const facets = (date: string | null) => ({ date, senders: [], recipients: [], place: null, classification: null, collection: 'c' });

describe('documents in date order', () => {
  it('by date, then id; undated last; a day, a month or a year alone each in its place', () => {
    const store = new DocStore();
    const dates: Array<[number, string | null]> = [
      [50, '1918-07-04'], [4, '1918-07-04'], [9, null], [2, '1918'], [31, '1918-07'], [8, '1894-02-01'], [1, null], [4_000_000, '1936-01-02'], [12, '1918-07-04'],
    ];
    for (const [id, date] of dates) store.set(id, facets(date));
    store.remove(8);
    expect([...store.dateOrder()]).toEqual([2, 31, 4, 12, 50, 4_000_000, 1, 9]);
  });

  it('the same order past the ids that fit beside a date in one number', () => {
    const store = new DocStore();
    store.set(5_000_000, facets('1918-07-04'));
    store.set(3, facets('1918-07-04'));
    store.set(7, facets(null));
    store.set(4_194_305, facets('1894-01-01'));
    expect([...store.dateOrder()]).toEqual([4_194_305, 3, 5_000_000, 7]);
  });

  it('over many documents, the order a comparison sort gives', () => {
    const store = new DocStore();
    let seed = 7;
    const rand = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    for (let id = 1; id <= 20_000; id++) store.set(id, facets(rand(10) === 0 ? null : `${1850 + rand(120)}-${String(1 + rand(12)).padStart(2, '0')}-${String(1 + rand(28)).padStart(2, '0')}`));
    const key = (id: number): number => store.dateKey[id] || 2 ** 31 - 1;
    const expected = Array.from({ length: 20_000 }, (_, i) => i + 1).sort((a, b) => key(a) - key(b) || a - b);
    expect([...store.dateOrder()]).toEqual(expected);
  });
});
