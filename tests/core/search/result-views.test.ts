import { describe, expect, it } from 'vitest';
import { stemmer } from 'stemmer';
import type { Core } from '../../../src-main/core/core';
import { foldTerm } from '../../../src-shared/text/fold';
import { bodyText } from '../../../src-shared/text/plain-text';
import { allIds, corpusLibrary } from './corpus-library';

const lib = corpusLibrary();

/** A document's date as stored ('1918-03-02', '1918-03', '1918'), or null. */
function dateOf(core: Core, id: number): string | null {
  return core.repo.get(id)?.meta.date?.value.start ?? null;
}

/** Brute force: matching documents per year-month ('1918-03'; a year alone counts in its January), and the undated. */
function byMonth(core: Core, ids: number[]): { months: Map<string, number>; undated: number } {
  const months = new Map<string, number>();
  let undated = 0;
  for (const id of ids) {
    const d = dateOf(core, id);
    const m = d ? /^(\d{4})(?:-(\d{2}))?/.exec(d) : null;
    if (!m) {
      undated++;
      continue;
    }
    const key = `${m[1]}-${m[2] && m[2] !== '00' ? m[2] : '01'}`;
    months.set(key, (months.get(key) ?? 0) + 1);
  }
  return { months, undated };
}

describe('timeline', () => {
  it.each(['recognition', 'railway', '"Secretary of State"', 'treaty from:Francis', 'telegram'])('counts %s per month as a count of the matching documents’ dates does', (query) => {
    const core = lib.core();
    const truth = byMonth(core, allIds(core, { query }));
    const view = core.views.timeline({ query });
    const months = new Map<string, number>();
    for (const b of view.buckets) months.set(b.date.slice(0, 7), (months.get(b.date.slice(0, 7)) ?? 0) + b.count);
    if (view.unit !== 'year') expect(months).toEqual(truth.months);
    expect(view.undated).toBe(truth.undated);
    expect(view.total).toBe(allIds(core, { query }).length);
    expect(view.buckets.reduce((n, b) => n + b.count, 0)).toBe(view.total - view.undated);
  });

  it('lists each document of a zoomed-in window, oldest first, and only those', () => {
    const core = lib.core();
    const ids = allIds(core, { query: 'Vladivostok' });
    const inWindow = ids.filter((id) => (dateOf(core, id) ?? '').startsWith('1918-07'));
    const view = core.views.timeline({ query: 'Vladivostok', dateFrom: '1918-07-01', dateTo: '1918-07-31' });
    expect(view.docs?.map((d) => d.id).sort((a, b) => a - b)).toEqual(inWindow.sort((a, b) => a - b));
    const dates = view.docs?.map((d) => d.date.slice(0, 10)) ?? [];
    expect(dates).toEqual([...dates].sort());
    expect(view.window).toEqual(['1918-07-01', '1918-07-31']);
  });

  it('gives counts, not documents, when the window holds more than it can draw', () => {
    const view = lib.core().views.timeline({ query: '' , collection: 'frus1936v03' });
    expect(view.total).toBeGreaterThan(view.docLimit);
    expect(view.docs).toBeNull();
    expect(view.note).toMatch(/collection: frus1936v03/);
  });
});

describe('term trend', () => {
  it('gives each year the share of that year’s documents matching, with the counts behind it', () => {
    const core = lib.core();
    const all = core.repo.summaries(allIds(core, { query: '' }));
    const perYear = new Map<number, number>();
    for (const d of all) if (d.date) perYear.set(Number(d.date.slice(0, 4)), (perYear.get(Number(d.date.slice(0, 4))) ?? 0) + 1);
    const view = core.views.trend({ queries: ['railway', 'sanctions'] });
    expect(view.years).toEqual([...perYear.keys()].sort((a, b) => a - b));
    for (const s of view.series) {
      const matches = new Map<number, number>();
      for (const id of allIds(core, { query: s.query })) {
        const d = dateOf(core, id);
        if (d) matches.set(Number(d.slice(0, 4)), (matches.get(Number(d.slice(0, 4))) ?? 0) + 1);
      }
      for (const p of s.points) {
        expect(p.docs).toBe(perYear.get(p.year));
        expect(p.matches).toBe(matches.get(p.year) ?? 0);
        expect(p.share).toBeCloseTo(p.matches / p.docs, 12);
      }
    }
    expect(view.series[1]?.points.find((p) => p.year === 1936)?.matches).toBeGreaterThan(0);
  });

  it('counts the year’s documents within the chosen filters, not the whole library', () => {
    const view = lib.core().views.trend({ queries: ['railway'], collection: 'frus1918Russiav03' });
    const total = view.series[0]?.points.reduce((n, p) => n + p.docs, 0) ?? 0;
    expect(total).toBeLessThan(500);
    expect(view.years).not.toContain(1936);
  });
});

/** Brute force: every word of the walker's text whose folded form passes `test`, as [start, end). */
function scan(text: string, test: (folded: string) => boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) if (test(foldTerm(m[0]))) out.push([m.index, m.index + m[0].length]);
  return out;
}

const isSection = (core: Core, id: number): boolean => core.repo.get(id)?.meta.kind?.value === 'section';

describe('concordance', () => {
  const cases: Array<[string, (w: string) => boolean]> = [
    ['railway', (w) => stemmer(w) === stemmer('railway')],
    ['recognition', (w) => stemmer(w) === stemmer('recognition')],
    ['=Bolsheviki', (w) => w === 'bolsheviki'],
    ['bolshevik*', (w) => w.startsWith('bolshevik')],
  ];
  it.each(cases)('finds every occurrence of %s that a scan of the walker’s text finds, at the same offsets', (query, test) => {
    const core = lib.core();
    const ids = allIds(core, { query }).filter((id) => !isSection(core, id));
    const truth: Array<{ id: number; at: [number, number] }> = [];
    for (const id of ids) {
      const doc = core.repo.get(id);
      if (doc) for (const at of scan(bodyText(doc.body), test)) truth.push({ id, at });
    }
    const view = core.views.concordance({ query });
    expect(view.complete).toBe(true);
    expect(view.occurrences).toBe(truth.length);
    expect(view.documents).toBe(ids.length);
    expect(view.withOccurrences).toBe(new Set(truth.map((t) => t.id)).size);
    const shown = new Set(view.lines.map((l) => `${l.docId}:${l.start}:${l.end}`));
    if (truth.length <= 1000) expect(shown).toEqual(new Set(truth.map((t) => `${t.id}:${t.at[0]}:${t.at[1]}`)));
    for (const l of view.lines.slice(0, 50)) {
      const text = bodyText(core.repo.get(l.docId)?.body ?? { blocks: [] });
      expect(text.slice(l.start, l.end)).toBe(l.keyword);
      expect(test(foldTerm(l.keyword))).toBe(true);
    }
  });

  it('shows a phrase as one keyword, and counts it once', () => {
    const view = lib.core().views.concordance({ query: '"Trans-Siberian Railway"' });
    expect(view.lines.length).toBeGreaterThan(0);
    for (const l of view.lines) expect(foldTerm(l.keyword).replace(/[^a-z]+/g, ' ')).toMatch(/^trans siberian railways?$/);
  });

  it('leaves out a volume’s sections (index, list of papers), whose lines are page lists, and says so', () => {
    const core = lib.core();
    const all = allIds(core, { query: 'railway' });
    const sections = all.filter((id) => isSection(core, id));
    expect(sections.length).toBeGreaterThan(0);
    const view = core.views.concordance({ query: 'railway', sort: 'right' });
    expect(view.sections).toBe(sections.length);
    expect(view.documents).toBe(all.length - sections.length);
    expect(view.lines.filter((l) => sections.includes(l.docId))).toEqual([]);
    expect(view.note).toContain(`${sections.length} matching section`);
  });

  it('sorts by the words right of the keyword, nearest first, as a concordance is read', () => {
    const core = lib.core();
    const view = core.views.concordance({ query: 'recognition', sort: 'right' });
    const r1 = view.lines.map((l) => (foldTerm(l.right).match(/[\p{L}\p{N}]+/gu) ?? [])[0] ?? '');
    expect(r1).toEqual([...r1].sort());
    expect(new Set(r1).size).toBeGreaterThan(3);
    // The same occurrences as in document order, only sorted.
    const inOrder = core.views.concordance({ query: 'recognition' }).lines;
    expect(new Set(view.lines.map((l) => `${l.docId}:${l.start}`))).toEqual(new Set(inOrder.map((l) => `${l.docId}:${l.start}`)));
  });

  it('sorts by the words left of the keyword, nearest first', () => {
    const view = lib.core().views.concordance({ query: 'railway', sort: 'left' });
    const l1 = view.lines.map((l) => (foldTerm(l.left).match(/[\p{L}\p{N}]+/gu) ?? []).at(-1) ?? '');
    expect(l1).toEqual([...l1].sort());
    expect(view.lines.length).toBe(Math.min(1000, view.occurrences));
  });

  it('keeps the oldest documents’ occurrences when there are more than it shows', () => {
    const core = lib.core();
    const view = core.views.concordance({ query: 'government' });
    expect(view.complete).toBe(false);
    expect(view.occurrences).toBeGreaterThan(1000);
    expect(view.read).toBeLessThan(view.documents);
    expect(view.lines).toHaveLength(1000);
    const dates = view.lines.map((l) => (l.date ?? '9999').slice(0, 10));
    expect(dates).toEqual([...dates].sort());
    expect(view.note).toMatch(/about [\d,]+ occurrences in [\d,]+ matching documents \(estimated from the first [\d,]+\)(; \d+ matching sections? \(index, lists\) left out)?; the first 1,000 shown/);
  });
});
