import { describe, expect, it } from 'vitest';
import { createWriteScopedCache } from '../../../src-main/core/search/write-scoped-cache';

describe('answers kept until the next write', () => {
  it('asks again after a write, keeps a null answer, and drops the answer used longest ago when full', () => {
    let writes = 0;
    const asked: string[] = [];
    const cache = createWriteScopedCache<number[] | null>(() => String(writes), 5, (v) => 1 + (v?.length ?? 0));
    const get = (key: string, value: number[] | null): number[] | null =>
      cache.get(key, () => {
        asked.push(key);
        return value;
      });
    expect(get('a', [1, 2])).toEqual([1, 2]);
    expect(get('a', [9])).toEqual([1, 2]);
    expect(get('refused', null)).toBeNull();
    expect(get('refused', [1])).toBeNull();
    expect(asked).toEqual(['a', 'refused']);
    // 'a' (3) and 'refused' (1) hold 4 of 5; 'a' is used again, so 'refused' is the one dropped for 'b' (2).
    get('a', []);
    get('b', [7]);
    get('refused', [3]);
    expect(asked).toEqual(['a', 'refused', 'b', 'refused']);
    // Too big to keep: answered, never kept.
    get('huge', [1, 2, 3, 4, 5, 6]);
    get('huge', [1, 2, 3, 4, 5, 6]);
    expect(asked.filter((k) => k === 'huge')).toHaveLength(2);
    writes++;
    expect(get('a', [4])).toEqual([4]);
  });
});
