import { describe, expect, it } from 'vitest';
import { corpusLibrary } from './corpus-library';

/** Documents of the corpus whose stored source fields satisfy `test`: the brute-force truth. */
describe('source fields and markers in the query language (the three corpus volumes)', () => {
  const lib = corpusLibrary();
  const ids = (query: string): number[] => lib.core().search.search({ query, limit: 5000 }).hits.map((h) => h.id).sort((a, b) => a - b);
  const truth = (test: (meta: ReturnType<typeof metaOf>) => boolean): number[] => {
    const core = lib.core();
    return core.repo.list().map((d) => d.id).filter((id) => test(metaOf(id))).sort((a, b) => a - b);
  };
  const metaOf = (id: number) => {
    const doc = lib.core().repo.get(id);
    if (!doc) throw new Error(`no document ${id}`);
    return doc.meta;
  };

  it('file:861.51 finds every document filed under 861.51, and only those', () => {
    const want = truth((m) => (m.sourceFields?.value.fileNumbers ?? []).some((f) => f.value.value.startsWith('861.51')));
    expect(want.length).toBeGreaterThan(20);
    expect(ids('file:861.51')).toEqual(want);
    expect(ids('file:861.51/131')).toHaveLength(1);
  });

  it('redacted:yes finds the documents with a marker; -redacted:yes the rest', () => {
    const want = truth((m) => (m.redactions?.value.length ?? 0) > 0);
    expect(want.length).toBeGreaterThanOrEqual(30);
    expect(ids('redacted:yes')).toEqual(want);
    const all = lib.core().repo.list().length;
    expect(lib.core().search.search({ query: 'redacted:no', limit: 1 }).total).toBe(all - want.length);
  });

  it('classification:confidential finds the 1894 despatch marked so in its source note', () => {
    const hits = lib.core().search.search({ query: 'classification:confidential', limit: 10 }).hits;
    expect(hits).toHaveLength(1);
    expect(hits[0]?.title).toBeTruthy();
  });

  it('translation:yes and paraphrase:yes follow the flags', () => {
    expect(ids('translation:yes')).toEqual(truth((m) => (m.sourceFields?.value.flags ?? []).some((f) => f.value === 'translation')));
    expect(ids('paraphrase:yes')).toEqual(truth((m) => (m.sourceFields?.value.flags ?? []).some((f) => f.value === 'paraphrase')));
  });
});
