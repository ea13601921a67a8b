import { describe, expect, it } from 'vitest';
import { topByValue } from '../../../src-main/core/search/wide-relevance';

/** What `topByValue` must equal: every id sorted by value, high first, ties to the lower tie key. */
function bySorting(ids: Int32Array, value: Float64Array, n: number, tie: (id: number) => number): number[] {
  return [...ids].sort((a, b) => (value[b] ?? 0) - (value[a] ?? 0) || tie(a) - tie(b)).slice(0, n);
}

function library(size: number, distinct: number, seed: number): { ids: Int32Array; value: Float64Array; tie: (id: number) => number } {
  let s = seed;
  const rand = (): number => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const value = new Float64Array(size * 2);
  const dateKey = new Float64Array(size * 2);
  const ids = Int32Array.from({ length: size }, (_, k) => 2 * k + (k % 3 === 0 ? 1 : 0));
  for (const id of ids) {
    value[id] = Math.floor(rand() * distinct);
    dateKey[id] = Math.floor(rand() * 50);
  }
  // As the ranking's tie: date first, then id, so no two documents tie completely.
  return { ids, value, tie: (id) => (dateKey[id] ?? 0) * 2 ** 25 + id };
}

describe('the best n of many matches', () => {
  it('equals sorting every match when most of them share a score and only the date tells them apart', () => {
    // A word in half the library adds no BM25: `telegram`'s 237,791 matches at 300,000 documents have 10 distinct scores.
    for (const distinct of [1, 3, 10, 1000]) {
      const { ids, value, tie } = library(5000, distinct, 7 + distinct);
      for (const n of [1, 5, 20, 50]) expect(topByValue(ids, value, n, tie), `${distinct} scores, top ${n}`).toEqual(bySorting(ids, value, n, tie));
    }
  });

  it('gives every match, in order, when fewer match than asked, and nothing when none is asked', () => {
    const { ids, value, tie } = library(12, 3, 1);
    expect(topByValue(ids, value, 20, tie)).toEqual(bySorting(ids, value, 20, tie));
    expect(topByValue(ids, value, 20, tie)).toHaveLength(12);
    expect(topByValue(ids, value, 0, tie)).toEqual([]);
  });
});
