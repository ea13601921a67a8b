import { afterAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../src-main/core/core';
import { createImpacts, phrasesOf } from '../../../src-main/core/search/impacts';
import type { RankLimits } from '../../../src-main/core/search/rank';
import { WEIGHTS } from '../../../src-main/core/search/relevance';
import { corpusLibrary } from './corpus-library';

/**
 * The many-match path (kept impacts, rescoring window) against scoring every
 * match with FTS5, on the three corpus volumes (1,221 entries): the
 * thresholds are lowered so queries of a few hundred to a thousand matches
 * take it, and its window starts at 5 texts so it must prove or grow.
 */
const lib = corpusLibrary();

const extra: Core[] = [];
afterAll(() => extra.forEach((core) => core.close()));

/** A second core over the same library, ranking with other thresholds. */
function opened(rankLimits: RankLimits): () => Core {
  let core: Core | null = null;
  return () => {
    if (!core) extra.push((core = createCore({ libraryDir: lib.dir(), rankLimits })));
    return core;
  };
}
// wholeMax 0: BM25 from the kept impacts alone; `wideWhole` reads it from FTS5 for the words together (`WHOLE_MAX`).
const wide = opened({ relevanceMax: 0, window: 5, maxWindow: Number.POSITIVE_INFINITY, wholeMax: 0 });
const wideWhole = opened({ relevanceMax: 0, window: 5, maxWindow: Number.POSITIVE_INFINITY });
const everyMatch = opened({ relevanceMax: Number.POSITIVE_INFINITY });

const QUERIES = [
  'telegram',
  'government',
  'government railway',
  'Ambassador Francis Petrograd',
  'Italian Ethiopia sanctions League',
  'Legation protection American citizens',
  'Minister Foreign Affairs',
  'Secretary State telegram',
  'oil concession',
  '"Secretary of State"',
  'railway OR railroad',
  'troops -japanese',
  'govern',
];

type Hit = { id: number; score: number };

/**
 * The page holds the reference's scores rank by rank, and at each score the
 * reference's documents. Which of several documents of one score comes first
 * is the date's choice here and FTS5's millionth weights for words in half
 * the library or more there (`impacts.ts`), so a page may cut a tie elsewhere.
 */
function sameRanking(page: Hit[], all: Hit[], offset = 0): void {
  const expected = all.slice(offset, offset + page.length);
  expect(page.map((h) => h.score)).toEqual(expected.map((h) => h.score));
  for (const score of new Set(page.map((h) => h.score))) {
    const tied = all.filter((h) => h.score === score).map((h) => h.id);
    const here = page.filter((h) => h.score === score).map((h) => h.id);
    const wanted = expected.filter((h) => h.score === score).map((h) => h.id);
    if (tied.length === wanted.length) expect(new Set(here)).toEqual(new Set(wanted));
    else for (const id of here) expect(tied).toContain(id);
  }
}

describe('top k of many matches from kept impacts', () => {
  it.each(QUERIES)('%s: the first 20 (and 3, and 1, and the second 10) equal those of every match scored by FTS5', (query) => {
    const all = everyMatch().search.search({ query, limit: 100_000, scope: 'documents' });
    expect(all.hits.length).toBe(all.total);
    for (const k of [20, 3, 1]) {
      const page = wide().search.search({ query, limit: k, scope: 'documents' });
      expect(page.total).toBe(all.total);
      sameRanking(page.hits, all.hits);
    }
    sameRanking(wide().search.search({ query, limit: 10, offset: 10, scope: 'documents' }).hits, all.hits, 10);
  });

  it.each(QUERIES)('%s: the same first 20 when BM25 is read for the words together, without floored words', (query) => {
    const all = everyMatch().search.search({ query, limit: 20, scope: 'documents' });
    const page = wideWhole().search.search({ query, limit: 20, scope: 'documents' });
    expect(page.total).toBe(all.total);
    sameRanking(page.hits, everyMatch().search.search({ query, limit: 100_000, scope: 'documents' }).hits);
  });

  it('gives a query the same page whether it runs first or after others (its score arrays are reused between queries)', () => {
    const fresh = opened({ relevanceMax: 0, window: 5, maxWindow: Number.POSITIVE_INFINITY })();
    const page = (query: string): number[][] => fresh.search.search({ query, limit: 20, scope: 'documents' }).hits.map((h) => [h.id, h.score]);
    const first = page('Minister Foreign Affairs');
    for (const query of QUERIES) page(query);
    expect(page('Minister Foreign Affairs')).toEqual(first);
  });

  it('holds queries of hundreds to a thousand matches', () => {
    const totals = QUERIES.map((query) => wide().search.search({ query, limit: 1 }).total);
    expect(Math.max(...totals)).toBeGreaterThan(900);
    expect(totals.filter((n) => n > 250).length).toBeGreaterThanOrEqual(5);
  });

  it.each(['"telegram" AND "government"', '("railway" OR "railroad") AND "harbin"', '"secretari of state" AND "telegram"', '"govern"* AND "oil"'])(
    '%s: BM25 summed from each phrase equals FTS5 bm25() of the whole expression (to the kept Float32 precision)',
    (expr) => {
      const core = lib.core();
      const rows = core.db.prepare('SELECT rowid, -bm25(body_fts, ?, ?, ?, ?) FROM body_fts WHERE body_fts MATCH ?').raw().all(...WEIGHTS, expr) as Array<[number, number]>;
      expect(rows.length).toBeGreaterThan(5);
      const matched = new Uint8Array(core.index.store.present.length);
      for (const [id] of rows) matched[id] = 1;
      const summed = createImpacts(core.index.body, WEIGHTS).scores(expr, matched);
      // Each phrase's score is kept as a Float32 (`impacts.ts`): within a relative 1e-6 of FTS5's double.
      for (const [id, s] of rows) expect(Math.abs((summed?.[id] ?? NaN) - s)).toBeLessThanOrEqual(1e-6 * Math.abs(s) + 1e-9);
    },
  );

  it('refuses expressions whose BM25 is not a sum of their phrases', () => {
    expect(phrasesOf('NEAR("oil" "concession", 5)')).toBeNull();
    expect(phrasesOf('title : "oil"')).toBeNull();
    expect(phrasesOf('("a" OR "b c"*) AND "d"')).toEqual(['"a"', '"b c"*', '"d"']);
  });

  it('scores again after the library changes (a document less: the sum falls)', () => {
    const core = lib.core();
    const impacts = createImpacts(core.index.body, WEIGHTS);
    const matched = new Uint8Array(core.index.store.present.length).fill(1);
    const first = impacts.scores('"neutrality"', matched)?.reduce((a, b) => a + b, 0);
    core.index.body.remove(core.db.prepare("SELECT rowid FROM body_fts WHERE body_fts MATCH '\"neutrality\"' LIMIT 1").pluck().get() as number);
    const second = impacts.scores('"neutrality"', matched)?.reduce((a, b) => a + b, 0);
    expect(second).toBeLessThan(first ?? 0);
  });

  it('scores a first query of a few hundred matches from its words together, not from each word\'s every document', () => {
    const core = lib.core();
    const body = core.index.body;
    const n = core.index.store.size;
    const read: string[] = [];
    const counting = { ...body, bm25: (expr: string, w: readonly [number, number, number, number]) => (read.push(expr), body.bm25(expr, w)) };
    const impacts = createImpacts(counting as typeof body, WEIGHTS, () => n);
    expect(2 * body.documentFrequency('telegram')).toBeGreaterThanOrEqual(n);
    // `telegram` (floored), the last word typed as a prefix among them: all left out but the two that weigh.
    expect(impacts.floorFree('("telegram" AND "railway" AND ("harbin"* OR "harbi"))')).toBe('("railway" AND ("harbin"* OR "harbi"))');
    expect(impacts.floorFree('("telegram" AND "telegram"*)')).toBeNull();
    expect(impacts.floorFree('("railway" AND "harbin") NOT ("oil")')).toBeNull();
    // Once each weighing phrase's impacts are kept, they are cheaper than FTS5.
    impacts.scores('("railway" AND "harbin")', new Uint8Array(core.index.store.present.length));
    expect(read).toEqual(['"railway"', '"harbin"']);
    expect(impacts.floorFree('("railway" AND "harbin")')).toBeNull();
  });

  it('does not read the positions of a word in half the library or more, whose FTS5 weight is its floor', () => {
    const core = lib.core();
    const body = core.index.body;
    const read: string[] = [];
    const counting = { ...body, bm25: (expr: string, w: readonly [number, number, number, number]) => (read.push(expr), body.bm25(expr, w)) };
    const n = core.index.store.size;
    const impacts = createImpacts(counting as typeof body, WEIGHTS, () => n);
    const matched = new Uint8Array(core.index.store.present.length).fill(1);
    expect(2 * body.documentFrequency('telegram')).toBeGreaterThanOrEqual(n);
    // FTS5 itself gives each document a millionth of a rare word's weight for it: nothing a ranking reads.
    const fts = body.bm25('"telegram"', WEIGHTS);
    expect(Math.max(...(fts?.scores ?? [1]))).toBeLessThan(1e-4);
    expect(impacts.scores('"telegram" "neutrality"', matched)?.some((x) => x > 0)).toBe(true);
    expect(read).toEqual(['"neutrality"']);
    // A word being typed is a prefix: at the floor too, as the word is (its count is a lower bound of the prefix's).
    read.length = 0;
    expect(impacts.scores('"telegram"* "neutrality"', matched)?.some((x) => x > 0)).toBe(true);
    expect(read).toEqual([]);
  });
});
