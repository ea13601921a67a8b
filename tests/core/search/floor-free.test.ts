import { describe, expect, it } from 'vitest';
import { withoutFloored } from '../../../src-main/core/search/floor-free';

const floored = (phrase: string): boolean => ['"the"', '"the"*', '"govern"'].includes(phrase);

describe('an expression without its floored phrases', () => {
  it.each([
    ['("the" AND "above" AND "mention" AND ("valu"* OR "valu"))', '("above" AND "mention" AND ("valu"* OR "valu"))'],
    ['"the" "consent" "american"', '("consent" AND "american")'],
    ['("consent" AND "the"*)', '"consent"'],
    ['("oil" AND ("the" OR "concess"))', '("oil" AND ("the" OR "concess"))'],
    ['(("govern" AND "oil") AND "concess")', '("oil" AND "concess")'],
  ])('%s becomes %s', (expr, out) => {
    expect(withoutFloored(expr, floored)).toBe(out);
  });

  it.each(['"the" AND "govern"', '("oil" AND (("the" AND "govern") OR "concess"))', '"oil" NOT "the"', 'NEAR("oil" "concess", 5)', '{title} : "oil"', '("oil" AND "concess" OR "the")', '("oil"', '"oil")'])(
    'gives nothing to score for %s (all floored, a group left empty, or not a plain AND/OR of phrases)',
    (expr) => {
      expect(withoutFloored(expr, floored)).toBeNull();
    },
  );
});
