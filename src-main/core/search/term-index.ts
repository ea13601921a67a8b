import { addId, countIds, emptySet, fromIds, orInto, type Bitset } from './bitset';
import { CountSketch } from './count-sketch';
import { RunCounter } from './run-counter';
import { readSets, readVocabulary, setPart, setPartKey, vocabularyJson } from './term-index-format';
import { TermSets } from './term-sets';
import type { TermSource } from './term-source';
import { DEMOTE_SHARE, hotThreshold, MIN_HOT } from './term-thresholds';
import { termName, type Tokens } from './terms';
import { Vocabulary, type VocabEntry } from './vocabulary';
import { isPrefixKey } from './short-prefix';

/** The persisted sets of a term index, read one by one when first needed. */
export interface UnreadSets {
  keys: readonly string[];
  /** The set's persisted copy; null if it is gone or no longer of this index's generation. */
  read: (key: string) => Bitset | null;
  /** Documents in the library when the sets were persisted. */
  docs: number;
}

/**
 * Which documents hold a term, answered from memory for the terms that cost
 * FTS5 most. Listing the 80,000 ids of "telegram" from FTS5 takes 8 ms at
 * 100,000 documents (every posting is decoded and handed over one by one);
 * the same set kept as a bitset is a 12.5 KB copy. So terms held by at least
 * a share of the documents ("frequent terms", about 1,800 at 100,000
 * documents; see `term-thresholds.ts`) are kept as bitsets, and the long
 * tail, cheap to ask FTS5 for, stays there. FTS5 remains the truth: a term
 * becomes frequent by reading its documents back from FTS5 inside the
 * transaction that made it so.
 *
 * Phrases are the same problem one level up: "Secretary of State" costs FTS5
 * 20 ms at 100,000 documents (it walks the positions of "of" in every
 * document), and 84,000 documents hold it. So a run of words held by as many
 * documents as a frequent term ("frequent runs": about 2,300 of 2 to 6
 * words at 100,000 documents) is a bitset too, found as documents are
 * indexed: a run is counted (in a fixed-size sketch) only when it extends a
 * frequent run by a frequent word, and is read back from FTS5 as an exact
 * phrase once its count reaches the threshold. Any other phrase goes to FTS5.
 *
 * A word being typed is a prefix, and a prefix of one or two letters stands
 * for a thousand terms ("s": 1,158 at 100,000 documents), most of them rare:
 * asking FTS5 for all of them took 230 ms. So every one- and two-letter
 * prefix keeps the set of documents with a term starting so (`*s`, `*se`:
 * about 800 sets), kept up like the others and never freed.
 *
 * The vocabulary's counts are an upper bound, used only to decide which
 * terms are frequent; the bitsets themselves are exact.
 */
export class TermIndex {
  private vocab = new Vocabulary();
  private readonly sets = new TermSets();
  private runs = new RunCounter();
  /** Terms that reached the threshold in this transaction (runs: `runs`). */
  private rising = new Set<string>();
  /** Highest id seen: a higher id is a new document, with no bits to clear first. */
  private maxId = 0;
  private docs = 0;
  private adds = 0;

  constructor(
    private readonly source: TermSource,
    private readonly minHot = MIN_HOT,
  ) {}

  get frequentCount(): number {
    return this.sets.count;
  }

  /** The frequent terms, each with a word that produces it. */
  frequentTerms(): Array<{ term: string; word: string }> {
    return this.sets.allKeys().filter((k) => !k.includes(' ') && !k.startsWith('*')).map((term) => ({ term, word: this.vocab.wordOf(term) }));
  }

  /** The frequent runs of words, each as its terms and words producing them. */
  frequentPhrases(): Array<{ terms: string[]; words: string[] }> {
    return this.sets.allKeys().filter((k) => k.includes(' ')).map((k) => ({ terms: k.split(' '), words: k.split(' ').map((t) => this.vocab.wordOf(t)) }));
  }

  /** Documents counted per term (an upper bound once documents were re-indexed). */
  documentFrequencies(): Map<string, number> {
    return this.vocab.documentFrequencies();
  }

  /** Documents counted with the term (an upper bound, as above), from memory; undefined for a term never met. */
  documentFrequency(term: string): number | undefined {
    return this.vocab.get(term)?.df;
  }

  /** Documents holding the term, exactly, when it is frequent (its set is in memory or read once); undefined otherwise. */
  exactCount(term: string): number | undefined {
    const set = this.sets.setOf(term);
    return set ? countIds(set) : undefined;
  }

  /** Indexes a document's words; `docs` is the library's size. */
  add(id: number, tokens: Tokens, docs: number): void {
    if (id <= this.maxId) this.forget(id);
    else this.maxId = id;
    this.docs = docs;
    const threshold = hotThreshold(docs, this.minHot);
    const pass = ++this.adds;
    for (let k = 0; k < tokens.distinct.length; k++) {
      const num = tokens.distinct[k] ?? 0;
      const term = termName(num);
      const v = this.vocab.byNumber(num) ?? this.vocab.add(term, tokens.words[k] ?? term);
      v.df++;
      const node = this.sets.termNode(v.id);
      if (node >= 0) this.sets.setBit(node, id);
      else if (v.df >= threshold) this.rising.add(term);
      this.sets.markPrefix(term, 1, id, pass);
      if (term.length > 1) this.sets.markPrefix(term, 2, id, pass);
    }
    if (this.sets.count > 0) this.addRuns(id, tokens.sequence, threshold);
  }

  /** The document's words as vocabulary ids (0 between fields), for the run counter. */
  private addRuns(id: number, sequence: readonly number[], threshold: number): void {
    const ids = new Int32Array(sequence.length);
    for (let i = 0; i < sequence.length; i++) ids[i] = this.vocab.idOf(sequence[i] ?? 0);
    this.runs.observe(id, ids, this.sets, threshold, this.docs);
  }

  /** The document no longer holds any term (deleted, or about to be indexed again). */
  forget(id: number): void {
    this.sets.forget(id);
  }

  /**
   * Makes the terms and runs that reached the threshold frequent, reading
   * their documents from FTS5: call after FTS5 holds this transaction's writes.
   */
  promote(): void {
    const capacity = (ids: number[]): number => Math.max(this.maxId, ids[ids.length - 1] ?? 0) + 1;
    for (const term of this.rising) {
      const v = this.vocab.get(term);
      const ids = v ? this.source.idsOfWord(v.word) : null;
      if (!v || !ids || this.sets.has(term)) continue;
      // FTS5 lists ids in order: the last is the highest.
      this.sets.addTerm(v.id, term, fromIds(ids, capacity(ids)));
      v.df = ids.length;
    }
    const floor = DEMOTE_SHARE * hotThreshold(this.docs, this.minHot);
    for (const run of this.runs.risen()) {
      const terms = `${this.sets.keyAt(run.parent)} ${this.vocab.termAt(run.term)}`;
      const ids = this.sets.has(terms) ? null : this.source.idsOfPhrase(terms.split(' ').map((t) => this.vocab.wordOf(t)));
      if (!ids) continue;
      if (ids.length < floor) this.runs.overestimated(run, this.docs);
      else this.sets.addRun(run.parent, run.term, terms, fromIds(ids, capacity(ids)));
    }
    this.discard();
  }

  /** A set's documents from FTS5, the truth: a term's, a run's, or a short prefix's (any term starting so). */
  private fromSource(key: string): Bitset {
    if (isPrefixKey(key)) return this.docsOfAny(this.vocab.withPrefix(key.slice(1)), this.maxId + 1);
    const words = key.split(' ').map((t) => this.vocab.wordOf(t));
    const ids = (words.length === 1 ? this.source.idsOfWord(words[0] ?? '') : this.source.idsOfPhrase(words)) ?? [];
    // FTS5 lists ids in order: the last is the highest.
    return fromIds(ids, Math.max(this.maxId, ids[ids.length - 1] ?? 0) + 1);
  }

  /** After a rollback: nothing rises from writes that were undone. */
  discard(): void {
    this.rising = new Set();
    this.runs.discard();
  }

  /** Frees the sets of terms and runs now rare in a grown library (FTS5 answers for them again). */
  demote(docs: number): void {
    const floor = DEMOTE_SHARE * hotThreshold(docs, this.minHot);
    this.sets.shrink(floor, this.vocab, (key, n) => {
      const v = this.vocab.get(key);
      if (v) v.df = n;
    });
  }

  /** Documents holding the term, as a new set of `capacity` ids; `word` produces the term. */
  docsOf(term: string, word: string, capacity: number): Bitset {
    const set = this.sets.setOf(term);
    if (set) return orInto(emptySet(capacity), set);
    return fromIds(this.source.idsOfWord(word) ?? [], capacity);
  }

  /** Documents holding the terms as one phrase, if it is a frequent run (null: ask FTS5). */
  docsOfRun(terms: readonly string[], capacity: number): Bitset | null {
    const set = this.sets.setOf(terms.join(' '));
    return set ? orInto(emptySet(capacity), set) : null;
  }

  /** Documents holding a term that starts with `prefix` (one or two characters), null if it has no set. */
  docsOfShortPrefix(prefix: string, capacity: number): Bitset | null {
    const set = this.sets.prefixSet(prefix);
    return set ? orInto(emptySet(capacity), set) : null;
  }

  /** Documents holding any of the terms (known terms only). */
  docsOfAny(terms: readonly string[], capacity: number): Bitset {
    const out = emptySet(capacity);
    const rare: VocabEntry[] = [];
    for (const term of terms) {
      const set = this.sets.setOf(term);
      if (set) orInto(out, set);
      else {
        const v = this.vocab.get(term);
        if (v) rare.push(v);
      }
    }
    for (const id of this.source.idsOfAnyWord(rare) ?? []) addId(out, id);
    return out;
  }

  /** Known terms starting with `prefix`, in order. */
  withPrefix(prefix: string): string[] {
    return this.vocab.withPrefix(prefix);
  }

  has(term: string): boolean {
    return this.vocab.has(term);
  }

  /** A word of the library that FTS5 stems to the term (the first met). */
  wordOf(term: string): string {
    return this.vocab.wordOf(term);
  }

  /** The persisted form (`term-index-format.ts`): the vocabulary, the sketch, and one blob per frequent term, run or short prefix. */
  serialize(): Array<[string, string | Buffer]> {
    return this.serializeChanges(true).put;
  }

  /**
   * What changed since the last call (or, with `all`, everything): the parts
   * to write and the keys whose persisted copy goes. The vocabulary and the
   * sketch change with every document, so they are always written.
   */
  serializeChanges(all = false): { put: Array<[string, string | Buffer]>; drop: string[] } {
    const parts: Array<[string, string | Buffer]> = [
      ['#terms', vocabularyJson({ vocab: this.vocab, maxId: this.maxId, docs: this.docs })],
      ['#sketch', this.runs.serializeSketch()],
    ];
    const changes = this.sets.changes(all);
    for (const [key, set] of changes.put) parts.push(setPart(key, set));
    return { put: parts, drop: changes.drop.map(setPartKey) };
  }

  /**
   * Rebuilds from `serialize`'s parts; null if they are missing or of
   * another format. With `unread`, the sets are not among `parts`: only their
   * keys, each read by `unread.read` on first use (FTS5 answers when it has
   * none: the copy changed under this process); `unread.docs` is the
   * library's size when they were persisted.
   */
  static restore(source: TermSource, parts: ReadonlyMap<string, string | Buffer>, minHot = MIN_HOT, unread?: UnreadSets): TermIndex | null {
    const raw = parts.get('#terms');
    const sketch = parts.get('#sketch');
    if (typeof raw !== 'string' || !(sketch instanceof Buffer)) return null;
    const state = readVocabulary(raw);
    const restoredSketch = CountSketch.restore(sketch);
    if (!state || !restoredSketch) return null;
    const index = new TermIndex(source, minHot);
    index.maxId = state.maxId;
    index.docs = state.docs;
    index.vocab = state.vocab;
    index.runs = new RunCounter(restoredSketch);
    if (unread) {
      index.sets.rebuild(new Map(unread.keys.map((k) => [k, null])), index.vocab);
      index.sets.readLazily((key) => unread.read(key) ?? index.fromSource(key), DEMOTE_SHARE * hotThreshold(unread.docs, minHot));
    } else index.sets.rebuild(readSets(parts), index.vocab);
    // Just read: nothing differs from the persisted copy.
    index.sets.markSaved();
    return index;
  }
}
