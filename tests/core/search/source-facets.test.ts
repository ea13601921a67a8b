import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../src-main/core/core';
import { REPO } from '../../helpers/temp-dir';
import type { FacetCount, SearchFacets } from '../../../src-main/contract';
import { normaliseClassification } from '../../../src-shared/sources/source-note';
import { allIds, corpusLibrary } from './corpus-library';

type Group = 'classification' | 'caveat' | 'repository' | 'translation' | 'paraphrase' | 'redacted';
const GROUPS: readonly Group[] = ['classification', 'caveat', 'repository', 'translation', 'paraphrase', 'redacted'];

/** A document's source-facet values read from its stored metadata: the brute-force truth. */
function valuesOf(core: Core, id: number): Record<Group, string[]> {
  const doc = core.repo.get(id);
  if (!doc) throw new Error(`no document ${id}`);
  const m = doc.meta;
  const f = m.sourceFields?.value;
  const flag = (name: string): string[] => [(f?.flags ?? []).some((g) => g.value === name) ? 'yes' : 'no'];
  const redactions = m.redactions?.value ?? [];
  return {
    classification: m.classification ? [normaliseClassification(m.classification.value)] : [],
    caveat: [...new Set((f?.caveats ?? []).map((c) => c.value))],
    repository: f?.repository ? [f.repository.value] : [],
    translation: flag('translation'),
    paraphrase: flag('paraphrase'),
    redacted: [redactions.length > 0 ? 'yes' : 'no', ...new Set(redactions.map((r) => r.kind))],
  };
}

function bruteForce(core: Core, ids: number[]): Record<Group, Map<string, number>> {
  const out = Object.fromEntries(GROUPS.map((g) => [g, new Map<string, number>()])) as Record<Group, Map<string, number>>;
  for (const id of ids) {
    const v = valuesOf(core, id);
    for (const g of GROUPS) for (const x of v[g]) out[g].set(x, (out[g].get(x) ?? 0) + 1);
  }
  // A yes/no group is offered only when some match has "yes".
  for (const g of ['translation', 'paraphrase', 'redacted'] as const) if (!out[g].has('yes')) out[g].clear();
  return out;
}

const asMap = (list: FacetCount[]): Map<string, number> => new Map(list.map((f) => [f.value, f.count]));

function expectCounts(facets: SearchFacets, truth: Record<Group, Map<string, number>>): void {
  for (const g of GROUPS) {
    // Fewer than 20 values in each group on this corpus: the lists are whole.
    expect(truth[g].size).toBeLessThanOrEqual(20);
    expect(asMap(facets[g]), g).toEqual(truth[g]);
  }
}

describe('source facets over all matching documents (the three corpus volumes)', () => {
  const lib = corpusLibrary();

  it('equal brute-force counts over the stored metadata, for queries with and without filters', () => {
    const core = lib.core();
    const cases = [
      { query: '' },
      { query: 'railway' },
      { query: 'department' },
      { query: 'telegram year:1918' },
      { query: 'government', yearFrom: 1930 },
      { query: 'redacted:yes' },
      { query: 'file:861' },
      { query: 'paraphrase:no translation:no' },
    ];
    for (const req of cases) {
      const res = core.search.search({ ...req, limit: 1 });
      const ids = allIds(core, req);
      expect(ids.length).toBe(res.total);
      expectCounts(res.facets, bruteForce(core, ids));
    }
  });

  it('offer every group on the whole library, and one spelling per classification level', () => {
    const facets = lib.core().search.search({ query: '', limit: 1 }).facets;
    // The corpus volumes predate handling caveats, repositories in the note and paraphrases marked in it (modern notes below).
    for (const g of GROUPS) if (g !== 'caveat' && g !== 'paraphrase' && g !== 'repository') expect(facets[g].length, g).toBeGreaterThan(0);
    // A file number the 1936 volume prints cut short ("811.11101 Waivers 81—") is not a repository.
    expect(facets.repository).toEqual([]);
    const levels = facets.classification.map((f) => f.value);
    expect(levels).toContain('Confidential');
    expect(new Set(levels.map((v) => v.toLowerCase())).size).toBe(levels.length);
    expect(facets.redacted[0]).toMatchObject({ value: 'yes', label: 'Any marker' });
    expect(facets.redacted.map((f) => f.value)).toEqual(expect.arrayContaining(['no', 'omitted']));
  });

  it('agree with the filters they offer: choosing a value gives as many documents as it counted', () => {
    const core = lib.core();
    for (const query of ['', 'railway']) {
      const facets = core.search.search({ query, limit: 1 }).facets;
      for (const g of GROUPS) {
        for (const f of facets[g]) expect(core.search.search({ query, [g]: f.value, limit: 1 }).total, `${g} ${f.value}`).toBe(f.count);
      }
    }
  });
});

describe('source facets and fields on modern source notes (Secret; Nodis, TOP SECRET, Top secret)', () => {
  let core: Core;
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chancery-modern-'));
    core = createCore({ libraryDir: dir });
    // With the Caffery telegram, whose header is marked "top secret" in lower case (the FRUS text importer keeps it as printed).
    const report = await core.importPaths([join(REPO, 'tests/fixtures/source-notes-modern.xml'), join(REPO, 'seeds/000_8ab097fc53f10806.txt')]);
    expect(report.failed).toEqual([]);
  }, 60_000);
  afterAll(() => {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const titles = (req: { query: string; classification?: string; caveat?: string }): string[] =>
    core.search.search({ ...req, limit: 10 }).hits.map((h) => h.title.replace(/^(\d+\. \w+) (?:From|of) .*/, '$1')).sort();

  it('count one Top Secret however the note spells it, and caveats by name', () => {
    const f = core.search.search({ query: '', limit: 1 }).facets;
    expect(asMap(f.classification)).toEqual(new Map([['Top Secret', 3], ['Secret', 1], ['Confidential', 1]]));
    expect(asMap(f.caveat)).toEqual(new Map([['Nodis', 2], ['Eyes Only', 1]]));
    expect(asMap(f.paraphrase)).toEqual(new Map([['yes', 1], ['no', 4]]));
    expect(asMap(f.redacted)).toEqual(new Map([['yes', 2], ['no', 3], ['not declassified', 2], ['omitted', 1]]));
    expect(f.repository.map((r) => r.value)).toContain('Truman Library');
  });

  it('classification:"top secret" is Top Secret alone; classification:secret is not Top Secret', () => {
    const topSecret = ['2. Memorandum', '3. Telegram', 'The Ambassador in France (Caffery) to the Secretary of State'];
    expect(titles({ query: 'classification:"top secret"' })).toEqual(topSecret);
    expect(titles({ query: 'classification:secret' })).toEqual(['1. Telegram']);
    expect(titles({ query: '', classification: 'Top Secret' })).toEqual(topSecret);
    expect(titles({ query: 'classification:conf' })).toEqual(['4. Memorandum']);
  });

  it('caveat:nodis and caveat:"eyes only" find the documents so marked; redacted: takes a kind', () => {
    expect(titles({ query: 'caveat:nodis' })).toEqual(['1. Telegram', '3. Telegram']);
    expect(titles({ query: 'caveat:"eyes only"' })).toEqual(['2. Memorandum']);
    expect(titles({ query: '-caveat:nodis' })).toEqual(['2. Memorandum', '4. Memorandum', 'The Ambassador in France (Caffery) to the Secretary of State']);
    expect(titles({ query: 'redacted:omitted' })).toEqual(['2. Memorandum']);
    expect(titles({ query: 'redacted:"not declassified" minister' })).toEqual(['1. Telegram', '2. Memorandum']);
    expect(core.search.search({ query: 'redacted:maybe', limit: 1 }).hint).toMatch(/redacted:yes, redacted:no or a kind/);
  });

  it('the query inspector lists the source fields as filters with what each keeps', () => {
    const filters = core.inspector.inspect({ query: 'minister caveat:nodis redacted:yes' }).filters;
    expect(filters.map((f) => [f.field, f.value, f.docs])).toEqual([['caveat', 'nodis', 2], ['redacted', 'yes', 2]]);
  });
});
