import { describe, expect, it } from 'vitest';
import { ftsTermSource, orGroups } from '../../../src-main/core/search/term-source';
import { corpusLibrary } from './corpus-library';

const lib = corpusLibrary();

describe('rare words read back from FTS5', () => {
  it('are asked in groups that keep each word once, in order, a common word alone and many rare ones together', () => {
    const words = [
      { word: 'consul', df: 9000 },
      ...Array.from({ length: 300 }, (_, k) => ({ word: `con${k}`, df: 1 })),
      { word: 'conference', df: 3000 },
      { word: 'confer', df: 3000 },
    ];
    const groups = orGroups(words);
    expect(groups.flat()).toEqual(words.map((w) => w.word));
    expect(groups[0]).toEqual(['consul']);
    expect(groups.slice(-2)).toEqual([['conference'], ['confer']]);
    // 300 words of one document each: far fewer queries than words, none past 256 words.
    expect(groups.length).toBeLessThan(20);
    expect(Math.max(...groups.map((g) => g.length))).toBeLessThanOrEqual(256);
  });

  it('give the same documents in groups as the words asked one by one', () => {
    const db = lib.core().db;
    const source = ftsTermSource(db);
    // Every term starting `con` that the corpus holds, each with its document count.
    db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.con_vocab USING fts5vocab('main', 'body_fts', 'row')");
    const vocab = db.prepare("SELECT term AS word, doc AS df FROM temp.con_vocab WHERE term >= 'con' AND term < 'coo' ORDER BY term").all() as Array<{ word: string; df: number }>;
    expect(vocab.length).toBeGreaterThan(100);
    const one = new Set(vocab.flatMap((v) => source.idsOfWord(v.word) ?? []));
    const grouped = source.idsOfAnyWord(vocab) ?? [];
    expect(orGroups(vocab).length).toBeGreaterThan(1);
    expect(new Set(grouped)).toEqual(one);
    expect(one.size).toBeGreaterThan(500);
  });
});
