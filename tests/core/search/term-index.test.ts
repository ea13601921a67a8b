import { describe, expect, it } from 'vitest';
import { addId, andInto, andNotInto, countIds, emptySet, fromIds, hasId, orInto, toIds } from '../../../src-main/core/search/bitset';
import { hotThreshold, TermIndex, type TermSource } from '../../../src-main/core/search/term-index';
import { termsOf } from '../../../src-main/core/search/terms';
import { corpusLibrary } from './corpus-library';

describe('bitsets of document ids', () => {
  it('hold ids across word boundaries and combine like sets', () => {
    const a = fromIds([0, 31, 32, 63, 64, 1000], 1024);
    const b = fromIds([31, 64, 999], 1024);
    expect([...toIds(a)]).toEqual([0, 31, 32, 63, 64, 1000]);
    expect(countIds(a)).toBe(6);
    expect([...toIds(andInto(fromIds(toIds(a), 1024), b))]).toEqual([31, 64]);
    expect([...toIds(orInto(fromIds(toIds(a), 1024), b))]).toEqual([0, 31, 32, 63, 64, 999, 1000]);
    expect([...toIds(andNotInto(a, b))]).toEqual([0, 32, 63, 1000]);
    const c = emptySet(40);
    addId(c, 39);
    expect(hasId(c, 39)).toBe(true);
    expect(hasId(c, 38)).toBe(false);
  });
});

/** A stand-in for FTS5: documents' words, as the source of truth a term is read back from. */
function memorySource(docs: Map<number, string>): TermSource {
  const idsOf = (word: string): number[] => {
    const term = [...termsOf([word]).keys()][0] ?? word;
    return [...docs].filter(([, text]) => termsOf([text]).has(term)).map(([id]) => id).sort((x, y) => x - y);
  };
  return {
    idsOfWord: idsOf,
    idsOfAnyWord: (words) => [...new Set(words.flatMap(idsOf))].sort((x, y) => x - y),
  };
}

describe('the term index', () => {
  const texts = new Map<number, string>();
  const source = memorySource(texts);
  const put = (index: TermIndex, id: number, text: string): void => {
    texts.set(id, text);
    index.add(id, termsOf([text]), texts.size);
  };
  const ids = (index: TermIndex, word: string): number[] => [...toIds(index.docsOf([...termsOf([word]).keys()][0] ?? word, word, 4096))];

  it('keeps a term in memory once enough documents hold it, read back from the source of truth', () => {
    const index = new TermIndex(source);
    const n = hotThreshold(0) + 8;
    for (let id = 1; id <= n; id++) put(index, id, id % 2 === 0 ? 'Telegrams from the Legation' : `Telegram number ${id}`);
    index.promote();
    const frequent = index.frequentTerms().map((f) => f.term);
    expect(frequent).toContain('telegram');
    expect(frequent).not.toContain('legat'); // held by half the documents, below the threshold
    // Frequent or not, the answer is the same set.
    const all = Array.from({ length: n }, (_, i) => i + 1);
    expect(ids(index, 'telegram')).toEqual(all);
    expect(ids(index, 'legations')).toEqual(all.filter((id) => id % 2 === 0));
  });

  it('follows re-indexed and deleted documents, and survives a restart', () => {
    const index = new TermIndex(source);
    const n = hotThreshold(0) * 2;
    for (let id = 1; id <= n; id++) put(index, id, 'The telegram');
    index.promote();
    put(index, 3, 'A despatch');
    index.forget(5);
    texts.delete(5);
    expect(ids(index, 'telegram')).not.toContain(3);
    expect(ids(index, 'telegram')).not.toContain(5);
    expect(ids(index, 'telegram')).toHaveLength(n - 2);
    const restored = TermIndex.restore(source, new Map(index.serialize()));
    expect(restored?.frequentCount).toBe(index.frequentCount);
    expect(restored ? ids(restored, 'telegram') : []).toEqual(ids(index, 'telegram'));
    expect(restored?.withPrefix('tele')).toEqual(['telegram']);
  });
});

describe('the term index over the corpus', () => {
  const lib = corpusLibrary();

  it('tokenises and stems exactly as FTS5 does: every term, with its document count', () => {
    const core = lib.core();
    core.db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts5vocab_rows USING fts5vocab(main, body_fts, 'row')");
    const fts = new Map(
      (core.db.prepare('SELECT term, doc FROM fts5vocab_rows').all() as Array<{ term: string; doc: number }>).map((r) => [r.term, r.doc]),
    );
    expect(fts.size).toBeGreaterThan(5_000);
    expect(core.index.terms.documentFrequencies()).toEqual(fts);
  });

  it('holds for every frequent term exactly the documents FTS5 lists', () => {
    const core = lib.core();
    const frequent = core.index.terms.frequentTerms();
    expect(frequent.length).toBeGreaterThan(3);
    const match = core.db.prepare('SELECT rowid FROM body_fts WHERE body_fts MATCH ? ORDER BY rowid').pluck();
    const capacity = core.index.store.present.length;
    for (const { term, word } of frequent) {
      expect([...toIds(core.index.terms.docsOf(term, word, capacity))], term).toEqual(match.all(`"${word}"`));
    }
  });
});
