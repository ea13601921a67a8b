import { describe, expect, it } from 'vitest';
import { firstWhere } from '../../src-renderer/src/lib/reading-spot';

// The reading spot is the first character whose line reaches below the top of the
// reader; characters are in line order, so it is found by halving.
describe('the first character below the top of the reader', () => {
  const lineOf = [0, 0, 0, 1, 1, 1, 2, 2, 2, 2];
  const below = (top: number) => (i: number) => (lineOf[i] ?? Infinity) > top;

  it('is the first character of the first line not above the top, not the start of its run', () => {
    expect(firstWhere(0, lineOf.length, below(0))).toBe(3);
    expect(firstWhere(0, lineOf.length, below(1))).toBe(6);
  });

  it('is the start when everything is below, and the end when nothing is', () => {
    expect(firstWhere(0, lineOf.length, below(-1))).toBe(0);
    expect(firstWhere(0, lineOf.length, below(2))).toBe(lineOf.length);
    expect(firstWhere(4, 4, below(0))).toBe(4);
  });
});
