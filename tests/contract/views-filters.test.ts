import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { api } from '../../src-main/contract';

const keys = (name: keyof typeof api): string[] => Object.keys((api[name].arg as z.ZodObject<z.ZodRawShape>).shape);

describe('the result views read the search’s own match set', () => {
  // The panel hands each view the search's arguments minus paging, sort, scope and the log flag; a filter the
  // search has and a view lacks was refused ("Unrecognized key"), so the views broke as soon as one was added.
  it('take every filter library.search takes', () => {
    const notFilters = new Set(['query', 'limit', 'offset', 'sort', 'scope', 'live']);
    const filters = keys('library.search').filter((k) => !notFilters.has(k));
    for (const view of ['search.timeline', 'search.concordance', 'search.trend'] as const) expect(keys(view)).toEqual(expect.arrayContaining(filters));
  });
});
