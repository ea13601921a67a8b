import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../src-main/core/core';
import { foldTerm } from '../../../src-shared/text/fold';
import { tempDir } from '../../helpers/temp-dir';
import { corpusLibrary } from './corpus-library';

const lib = corpusLibrary();

/** A library of three reports alike word for word but for their titles. */
async function threeAlike(): Promise<Core> {
  const files = tempDir();
  for (const name of ['a', 'b', 'c']) writeFileSync(join(files, `${name}.txt`), `Report ${name}\n\nThe railway to Harbin was cut again.\n`);
  const core = createCore({ libraryDir: tempDir() });
  expect((await core.importPaths(['a', 'b', 'c'].map((n) => join(files, `${n}.txt`)))).failed).toEqual([]);
  return core;
}

describe('ranking', () => {
  it('puts every title match before documents that have the word only in their text', () => {
    const core = lib.core();
    const hits = core.search.search({ query: 'Gresham ', limit: 1000 }).hits;
    const inTitle = hits.map((h) => foldTerm(h.title).includes('gresham'));
    expect(inTitle[0]).toBe(true);
    const lastTitle = inTitle.lastIndexOf(true);
    const firstOther = inTitle.indexOf(false);
    expect(firstOther).toBeGreaterThan(0);
    // People and place weigh less than a title but more than the body; what follows has none of them.
    expect(lastTitle).toBeLessThan(firstOther);
    expect(hits[0]?.score).toBeGreaterThan(hits[hits.length - 1]?.score ?? Infinity);
  });

  it('weighs a word in a second recipient as in the first', async () => {
    const core = await threeAlike();
    const [a, b, c] = core.search.search({ query: 'railway', sort: 'date' }).hits.map((h) => h.id);
    // The same two envoys in either order: BM25 reads the same words, the field scores must find Morris in both.
    core.reading.metaEdits.edit(a ?? 0, 'to', 'Morris; Francis');
    core.reading.metaEdits.edit(b ?? 0, 'to', 'Francis; Morris');
    core.reading.metaEdits.edit(c ?? 0, 'to', 'Francis');
    const hits = core.search.search({ query: 'railway morris' }).hits;
    expect(hits.map((h) => h.id).sort()).toEqual([a, b].sort());
    expect(hits[0]?.score).toBe(hits[1]?.score);
    core.close();
  });

  it('breaks ties by date, oldest first', async () => {
    // Three documents alike word for word: only their dates tell them apart.
    const core = await threeAlike();
    const ids = core.search.search({ query: 'railway' }).hits.map((h) => h.id);
    const dates = ['1921-03-01', '1919-06-15', '1920-01-10'];
    ids.forEach((id, i) => core.reading.metaEdits.edit(id, 'date', dates[i] ?? null));
    const hits = core.search.search({ query: 'railway harbin' }).hits;
    expect(new Set(hits.map((h) => h.score)).size).toBe(1);
    expect(hits.map((h) => h.date?.slice(0, 10))).toEqual(['1919-06-15', '1920-01-10', '1921-03-01']);
    core.close();
  });

  it('ranks the words as an exact phrase above the same words scattered', async () => {
    const dir = tempDir();
    const files = tempDir();
    // The scattered one is imported first, so without the phrase bonus it would win the tie.
    writeFileSync(join(files, 'a-scattered.txt'), 'Report on grain\n\nThe shipments of grain were delayed, and the oil was held at the port.\n');
    writeFileSync(join(files, 'b-phrase.txt'), 'Report on cargo\n\nThe oil shipments reached Odessa on time, the attaché reported.\n');
    const core = createCore({ libraryDir: dir });
    expect((await core.importPaths([join(files, 'a-scattered.txt'), join(files, 'b-phrase.txt')])).failed).toEqual([]);
    const hits = core.search.search({ query: 'oil shipments' }).hits;
    expect(hits.map((h) => h.title)).toEqual(['Report on cargo', 'Report on grain']);
    // The other order is no phrase, but the words still stand side by side: closer than scattered.
    expect(core.search.search({ query: 'shipments oil' }).hits[0]?.title).toBe('Report on cargo');
    core.close();
  });

  it('finds a document from four words of its text, without quotes', () => {
    const core = lib.core();
    let tried = 0;
    let first = 0;
    for (const id of [5, 77, 150, 333, 480, 615, 790, 901, 1040, 1180]) {
      // Four consecutive words of the text, each of four letters or more.
      const words = (core.repo.get(id)?.plainText ?? '').split(/[^\p{L}]+/u);
      const at = words.findIndex((_, i) => i > 30 && words.slice(i, i + 4).every((w) => w.length >= 4));
      if (at < 0 || words.length < at + 4) continue;
      tried++;
      const hit = core.search.search({ query: words.slice(at, at + 4).join(' '), limit: 1 }).hits[0];
      if (hit?.id === id) first++;
    }
    expect(tried).toBeGreaterThan(5);
    expect(first).toBeGreaterThanOrEqual(tried - 1);
  });
});
