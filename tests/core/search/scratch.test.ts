import { describe, expect, it } from 'vitest';
import { scratchScores } from '../../../src-main/core/search/scratch';

const allZero = (a: Float64Array): boolean => a.every((x) => x === 0);

describe('scratch score arrays come back zeroed, however the last query wrote them', () => {
  it('after few writes, after writes everywhere, and after the caller changed its list of ids', () => {
    const few = [3, 40, 99];
    let a = scratchScores('bm25', 1000, few);
    for (const id of few) a[id] = 1.5;
    few.fill(0); // the caller's list changing later must not change what is cleared
    a = scratchScores('bm25', 1000, [7]);
    expect(allZero(a)).toBe(true);
    a[7] = 2;
    const every = Array.from({ length: 1000 }, (_, i) => i);
    a = scratchScores('bm25', 1000, every);
    expect(allZero(a)).toBe(true);
    a.fill(3);
    a = scratchScores('bm25', 1000, [1]);
    expect(allZero(a)).toBe(true);
  });

  it('a library that grew gets a new array of its size', () => {
    const a = scratchScores('window', 10, [1]);
    a[1] = 4;
    const b = scratchScores('window', 20, [1]);
    expect(b.length).toBe(20);
    expect(allZero(b)).toBe(true);
  });
});
