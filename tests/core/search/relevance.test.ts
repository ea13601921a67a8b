import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src-main/core/core';
import type { RankLimits } from '../../../src-main/core/search/rank';
import { tempDir } from '../../helpers/temp-dir';
import { corpusLibrary } from './corpus-library';

/** A library of text files, imported in the order given (so a tie would favour the first). */
async function library(files: Record<string, string>, rankLimits: RankLimits = {}) {
  const dir = tempDir();
  const src = tempDir();
  const paths = Object.entries(files).map(([name, text]) => {
    const path = join(src, `${name}.txt`);
    writeFileSync(path, text);
    return path;
  });
  const core = createCore({ libraryDir: dir, rankLimits });
  expect((await core.importPaths(paths)).failed).toEqual([]);
  return core;
}

const titles = (core: Awaited<ReturnType<typeof library>>, query: string): string[] => core.search.search({ query }).hits.map((h) => h.title);

/** Documents that make "telegram" a common word and leave "neutrality" rare. */
const filler = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`filler-${i}`, `Filler ${i}\n\nA telegram about the harbour, number ${i}, was received.\n`]));

/** Both ways of scoring: FTS5 at each query (few matches), and kept impacts with a rescoring window (many: forced here). */
const PATHS = [
  { path: 'few matches, scored by FTS5', limits: {} },
  { path: 'many matches, scored from kept impacts', limits: { relevanceMax: 0 } },
] as const;

describe.each(PATHS)('relevance, $path', ({ limits }) => {
  it('weighs a rare word above a common one', async () => {
    const core = await library({
      ...filler,
      'a-common-twice': 'Common twice\n\nOn neutrality the telegram said little. A second telegram followed.\n',
      'b-rare-twice': 'Rare twice\n\nOn neutrality the telegram said little. A second neutrality followed.\n',
    }, limits);
    expect(titles(core, 'neutrality telegram').slice(0, 2)).toEqual(['Rare twice', 'Common twice']);
    core.close();
  });

  it('ranks the words close together above the same words scattered', async () => {
    const core = await library({
      'a-scattered': 'Scattered\n\nThe embargo was discussed at length with the Minister.\n\nMuch later, and on another matter, petroleum was named.\n',
      'b-close': 'Close\n\nThe Minister discussed at length why petroleum and the embargo could not wait.\n\nNothing else of note.\n',
    }, limits);
    expect(titles(core, 'embargo petroleum')).toEqual(['Close', 'Scattered']);
    core.close();
  });

  it('ranks the exact phrase above the same words side by side in another order', async () => {
    const core = await library({
      'a-reversed': 'Reversed\n\nThey spoke of the petroleum embargo at the Legation.\n',
      'b-phrase': 'Phrase\n\nThey spoke of the embargo petroleum at the Legation.\n',
    }, limits);
    expect(titles(core, 'embargo petroleum')).toEqual(['Phrase', 'Reversed']);
    core.close();
  });

  it('ranks a word in the title above the same word in the text', async () => {
    const core = await library({
      ...filler,
      'a-body': 'Report of the Consul\n\nThe Consul wrote of neutrality and of the harbour at length.\n',
      'b-title': 'Report on neutrality\n\nThe Consul wrote of the harbour and of its trade at length.\n',
    }, limits);
    expect(titles(core, 'neutrality')).toEqual(['Report on neutrality', 'Report of the Consul']);
    core.close();
  });
});

describe('top k without scoring every match', () => {
  const lib = corpusLibrary();
  it.each([
    'telegram',
    'government railway',
    'Ambassador Francis Petrograd',
    'Italian Ethiopia sanctions League',
    'Legation protection American citizens',
    'Minister Foreign Affairs',
    'oil concession',
  ])('%s: the first 20 (and 3, and 1) equal the first of every match scored', (query) => {
    const core = lib.core();
    const all = core.search.search({ query, limit: 100_000, scope: 'documents' });
    expect(all.hits.length).toBe(all.total);
    for (const k of [20, 3, 1]) {
      const page = core.search.search({ query, limit: k, scope: 'documents' }).hits;
      expect(page.map((h) => [h.id, h.score])).toEqual(all.hits.slice(0, k).map((h) => [h.id, h.score]));
    }
    const second = core.search.search({ query, limit: 10, offset: 10, scope: 'documents' }).hits;
    expect(second.map((h) => h.id)).toEqual(all.hits.slice(10, 20).map((h) => h.id));
  });
});
