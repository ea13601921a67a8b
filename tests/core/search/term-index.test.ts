import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../src-main/core/core';
import { addId, andInto, andNotInto, countIds, emptySet, fromIds, hasId, orInto, toIds } from '../../../src-main/core/search/bitset';
import { toIndexEntry } from '../../../src-main/core/search/index-entry';
import { TermIndex } from '../../../src-main/core/search/term-index';
import { ftsTermSource, type TermSource } from '../../../src-main/core/search/term-source';
import { hotThreshold } from '../../../src-main/core/search/term-thresholds';
import { termName, tokenise } from '../../../src-main/core/search/terms';

const termsOf = (texts: readonly string[]): Map<string, string> => {
  const t = tokenise(texts);
  return new Map(t.distinct.map((num, k) => [termName(num), t.words[k] ?? '']));
};
import { CORPUS, corpusLibrary } from './corpus-library';

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
  const idsOfPhrase = (words: readonly string[]): number[] => {
    const run = tokenise([words.join(' ')]).sequence.join(' ');
    return [...docs].filter(([, text]) => ` ${tokenise([text]).sequence.join(' ')} `.includes(` ${run} `)).map(([id]) => id).sort((x, y) => x - y);
  };
  return {
    idsOfWord: idsOf,
    idsOfAnyWord: (words) => [...new Set(words.flatMap((w) => idsOf(w.word)))].sort((x, y) => x - y),
    idsOfPhrase,
  };
}

describe('the term index', () => {
  const texts = new Map<number, string>();
  const source = memorySource(texts);
  const put = (index: TermIndex, id: number, text: string): void => {
    texts.set(id, text);
    index.add(id, tokenise([text]), texts.size);
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
    // Prefix sets follow too, also when the same text is indexed again.
    const prefixed = (prefix: string): number[] => [...toIds(index.docsOfShortPrefix(prefix, 4096) ?? new Uint32Array())];
    expect(prefixed('te')).not.toContain(3);
    expect(prefixed('de')).toEqual([3]);
    put(index, 3, 'A despatch');
    expect(prefixed('de')).toEqual([3]);
    expect(prefixed('t')).toHaveLength(n - 1);
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

describe('frequent phrases in the term index', () => {
  const texts = new Map<number, string>();
  const source = memorySource(texts);
  const MIN = 6;
  const put = (index: TermIndex, id: number, text: string): void => {
    texts.set(id, text);
    index.add(id, tokenise([text]), texts.size);
  };
  const run = (index: TermIndex, phrase: string): number[] | null => {
    const set = index.docsOfRun(tokenise([phrase]).sequence.map(termName), 4096);
    return set ? [...toIds(set)] : null;
  };
  const sentences = [
    'The Secretary of State to the Minister in China',
    'The Minister in China to the Secretary of State',
    'The Secretary of War to the Secretary of the Navy; the Department of State was told',
    'Memorandum by the Secretary of State',
  ];
  /** 80 documents of those sentences, in transactions of 20: a run is counted once its shorter runs are frequent, so each transaction (`promote`) brings in longer ones. */
  const filled = (): TermIndex => {
    texts.clear();
    const index = new TermIndex(source, MIN);
    for (let id = 1; id <= 80; id++) {
      put(index, id, sentences[id % sentences.length] ?? '');
      if (id % 20 === 0) index.promote();
    }
    return index;
  };

  it('holds a run of words many documents share, exactly the documents holding it as a phrase', () => {
    const index = filled();
    const phrases = index.frequentPhrases().map((p) => p.terms.join(' '));
    expect(phrases).toContain('secretari of state');
    expect(phrases).toContain('minist in china');
    // "Secretary of" and "of State" are both in the third sentence, but not as one phrase.
    const expected = [...texts].filter(([, t]) => /Secretary of State/.test(t)).map(([id]) => id);
    expect(run(index, 'Secretary of State')).toEqual(expected);
    expect(run(index, 'secretaries of states')).toEqual(expected);
    // Never frequent: FTS5 answers it.
    expect(run(index, 'Secretary of the Navy')).toBeNull();
  });

  it('follows re-indexed and deleted documents, and survives a restart', () => {
    const index = filled();
    const before = run(index, 'Secretary of State') ?? [];
    expect(before.length).toBeGreaterThan(30);
    put(index, 1, 'A despatch from the Legation');
    index.forget(4);
    texts.delete(4);
    const after = run(index, 'Secretary of State');
    expect(after).toEqual(before.filter((id) => id !== 1 && id !== 4));
    const restored = TermIndex.restore(source, new Map(index.serialize()), MIN);
    const keys = (i: TermIndex | null | undefined): string[] => (i?.frequentPhrases() ?? []).map((p) => p.terms.join(" ")).sort();
    expect(keys(restored)).toEqual(keys(index));
    expect(restored ? run(restored, 'Secretary of State') : null).toEqual(after);
    // The restored index goes on counting and setting bits for new documents.
    if (restored) {
      put(restored, 81, 'The Secretary of State to the Ambassador');
      expect(run(restored, 'Secretary of State')).toContain(81);
    }
  });

  it('frees the runs that became rare, with the longer runs built on them', () => {
    const index = filled();
    expect(run(index, 'Minister in China')).not.toBeNull();
    // The library grows a hundredfold with other text: the threshold rises past every run.
    index.demote(100_000);
    expect(index.frequentTerms()).toEqual([]);
    expect(index.frequentPhrases()).toEqual([]);
    expect(run(index, 'Secretary of State')).toBeNull();
  });
});

/** The corpus library's term index (forced on there). */
function corpusTerms(core: Core): TermIndex {
  const terms = core.index.terms;
  if (!terms) throw new Error('the corpus library has no term index');
  return terms;
}

describe('the term index over the corpus', () => {
  const lib = corpusLibrary();

  it('tokenises and stems exactly as FTS5 does: every term, with its document count', () => {
    const core = lib.core();
    core.db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts5vocab_rows USING fts5vocab(main, body_fts, 'row')");
    const fts = new Map(
      (core.db.prepare('SELECT term, doc FROM fts5vocab_rows').all() as Array<{ term: string; doc: number }>).map((r) => [r.term, r.doc]),
    );
    expect(fts.size).toBeGreaterThan(5_000);
    expect(corpusTerms(core).documentFrequencies()).toEqual(fts);
  });

  it('holds for every frequent term exactly the documents FTS5 lists', () => {
    const core = lib.core();
    const frequent = corpusTerms(core).frequentTerms();
    expect(frequent.length).toBeGreaterThan(3);
    const match = core.db.prepare('SELECT rowid FROM body_fts WHERE body_fts MATCH ? ORDER BY rowid').pluck();
    const capacity = core.index.store.present.length;
    for (const { term, word } of frequent) {
      expect([...toIds(corpusTerms(core).docsOf(term, word, capacity))], term).toEqual(match.all(`"${word}"`));
    }
  });

  it('holds for every one- and two-letter prefix exactly the documents FTS5 finds for it', () => {
    const core = lib.core();
    const match = core.db.prepare('SELECT rowid FROM body_fts WHERE body_fts MATCH ? ORDER BY rowid').pluck();
    const capacity = core.index.store.present.length;
    for (const prefix of ['s', 'a', 'se', 'th', 'mo', '1', '19', 'zz']) {
      const set = corpusTerms(core).docsOfShortPrefix(prefix, capacity);
      expect([...toIds(set ?? new Uint32Array())], prefix).toEqual(match.all(`"${prefix}"*`));
    }
  });

  it('holds for every frequent phrase exactly the documents FTS5 finds for it', () => {
    const core = lib.core();
    // The library's own threshold (1,000 documents) leaves few runs at this size: a low one tests many.
    const index = new TermIndex(ftsTermSource(core.db), 60);
    let n = 0;
    for (const doc of core.repo.forIndex()) {
      const e = toIndexEntry(doc.meta, doc.body, doc.plainText, doc.placement);
      index.add(doc.id, tokenise([e.title, e.people, e.place, e.body]), ++n);
      if (n % 100 === 0) index.promote();
    }
    index.promote();
    const phrases = index.frequentPhrases();
    expect(phrases.length).toBeGreaterThan(100);
    expect(phrases.some((p) => p.terms.length >= 4)).toBe(true);
    const match = core.db.prepare('SELECT rowid FROM body_fts WHERE body_fts MATCH ? ORDER BY rowid').pluck();
    const capacity = core.index.store.present.length;
    for (const { terms, words } of phrases) {
      expect([...toIds(index.docsOfRun(terms, capacity) ?? new Uint32Array())], terms.join(' ')).toEqual(match.all(`"${words.join(' ')}"`));
    }
  });
});

describe('a library growing past the size that needs a term index', () => {
  it('builds the term index in the import that crosses it, answers the same, and keeps it across a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chancery-terms-'));
    try {
      let core = createCore({ libraryDir: dir, termsFrom: 1000 });
      const fts = core.db.prepare('SELECT count(*) FROM body_fts WHERE body_fts MATCH ?').pluck();
      const queries = ['"Secretary of State"', 'telegram', 'government -railway', '"Minister for Foreign Affairs"'];
      const asked = (c: Core): number[] => queries.map((query) => c.search.search({ query: `${query} `, limit: 1, scope: 'documents' }).total);
      const sizes: Array<[number, boolean]> = [];
      for (const volume of CORPUS) {
        await core.importPaths([volume]);
        sizes.push([core.repo.count(), core.index.terms !== null]);
      }
      // Off while small, on from the import that took the library past 1,000 documents.
      expect(sizes.map(([n, on]) => on === n >= 1000)).toEqual([true, true, true]);
      expect(sizes.some(([, on]) => !on)).toBe(true);
      const frequent = corpusTerms(core);
      expect(frequent.frequentCount).toBeGreaterThan(0);
      const answers = asked(core);
      expect(answers[0]).toBe(fts.get('"secretary of state"'));
      expect(answers[3]).toBe(fts.get('"minister for foreign affairs"'));
      core.close();
      core = createCore({ libraryDir: dir, termsFrom: 1000 });
      expect(core.indexRebuilt).toBe(false);
      expect(corpusTerms(core).frequentCount).toBe(frequent.frequentCount);
      expect(asked(core)).toEqual(answers);
      core.close();
      // The same library, read with FTS5 alone, finds the same.
      core = createCore({ libraryDir: dir, termsFrom: Number.POSITIVE_INFINITY });
      expect(asked(core)).toEqual(answers);
      core.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
