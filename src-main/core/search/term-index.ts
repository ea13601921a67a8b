import type { Db } from '../db/open-database';
import { addId, emptySet, fromIds, hasId, orInto, removeId, countIds, widen, type Bitset } from './bitset';
import { CountSketch, extend1, extend2, SEED1, SEED2 } from './count-sketch';
import { termNumber, type Tokens } from './terms';

/**
 * Which documents hold a term, answered from memory for the terms that cost
 * FTS5 most. Listing the 80,000 ids of "telegram" from FTS5 takes 8 ms at
 * 100,000 documents (every posting is decoded and handed over one by one);
 * the same set kept as a bitset is a 12.5 KB copy. So terms held by at least
 * `HOT_SHARE` of the documents ("frequent terms", about 1,800 at 100,000
 * documents) are kept as bitsets, and the long tail, cheap to ask FTS5 for,
 * stays there. FTS5 remains the truth: a term becomes frequent by reading its
 * documents back from FTS5 inside the transaction that made it so.
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
 * The vocabulary (every term, a word that produces it, and how many documents
 * were indexed with it) serves prefix searches and decides which terms are
 * frequent. Its counts only ever grow between rebuilds (a re-imported
 * document counts again): they are an upper bound, used for nothing but that
 * decision; the bitsets themselves are exact.
 */
const HOT_SHARE = 0.02;
const MIN_HOT = 1000;
/** A frequent term or phrase that fell below a quarter of the threshold goes back to FTS5 (its memory is freed). */
const DEMOTE_SHARE = 0.25;
/** Longest run of words kept as one set: longer phrases are rare enough for FTS5. */
const MAX_RUN = 6;

const FORMAT = 'terms/v3';
/** Prefixes up to this many characters have a set of their own. */
const SHORT_PREFIX = 2;
/** Key of a short prefix's set: `*` never occurs in a term. */
const prefixKey = (prefix: string): string => `*${prefix}`;
/**
 * A one- or two-character prefix as one small integer (from its UTF-16 units),
 * so finding its set costs a map lookup per term without slicing strings. Kept
 * below 2^31 (V8's small integers hash fast); -1 for the rare pairs beyond.
 */
function shortPrefixNumber(s: string, n: 1 | 2): number {
  const a = s.charCodeAt(0);
  if (n === 1) return a;
  return a < 0x7fff ? 0x10000 + a * 0x10000 + s.charCodeAt(1) : -1;
}

export interface TermSource {
  /** Ids of documents whose FTS5 terms include the one `word` produces; null if FTS5 refused. */
  idsOfWord(word: string): number[] | null;
  /** Ids of documents holding any of the words' terms (one FTS5 query). */
  idsOfAnyWord(words: readonly string[]): number[] | null;
  /** Ids of documents holding the words as one phrase, in order. */
  idsOfPhrase(words: readonly string[]): number[] | null;
}

export function ftsTermSource(db: Db): TermSource {
  const ids = db.prepare('SELECT json_group_array(rowid) FROM body_fts WHERE body_fts MATCH ?').pluck();
  const run = (expr: string): number[] | null => {
    try {
      return JSON.parse(ids.get(expr) as string) as number[];
    } catch {
      return null;
    }
  };
  const quote = (w: string): string => `"${w.replace(/"/g, '""')}"`;
  return {
    idsOfWord: (word) => run(quote(word)),
    idsOfAnyWord: (words) => (words.length === 0 ? [] : run(words.map(quote).join(' OR '))),
    idsOfPhrase: (words) => run(quote(words.join(' '))),
  };
}

export function hotThreshold(docs: number, minHot = MIN_HOT): number {
  return Math.max(minHot, Math.ceil(HOT_SHARE * docs));
}

interface VocabEntry {
  /** A word producing the term. */
  word: string;
  /** Documents counted. */
  df: number;
  /** Position in the vocabulary, from 1 (0 marks the gap between two fields). */
  id: number;
}

/** A run of words that reached the threshold: made frequent at `promote`. */
interface RisingRun {
  parent: number;
  term: number;
  hash: number;
}

/** An Int32Array with room for index `i`, grown by half again. */
function room(a: Int32Array<ArrayBuffer>, i: number): Int32Array<ArrayBuffer> {
  if (i < a.length) return a;
  const out = new Int32Array(Math.ceil((i + 1) * 1.5));
  out.set(a);
  return out;
}

export class TermIndex {
  private readonly vocab = new Map<string, VocabEntry>();
  private readonly termById: string[] = [''];
  /** Vocabulary id of each term, by the term's number in this process (`termNumber`; 0: not met yet). */
  private idOfNumber = new Int32Array(1024);
  /** The frequent terms and runs: each a node, with its key (terms joined by spaces) and its set. */
  private keys: string[] = [];
  private sets: Bitset[] = [];
  private nodeOf = new Map<string, number>();
  /** Per node, 1 if its set changed since the last `serialize` (only changed sets are written again). */
  private changed: number[] = [];
  /** Keys of sets freed since the last `serialize` (their persisted copies go). */
  private dropped = new Set<string>();
  /** Node + 1 of each frequent term, by vocabulary id (0: not frequent). */
  private termNode = new Int32Array(1024);
  /** Node of each short prefix, by `shortPrefixNumber`. */
  private prefixNode = new Map<number, number>();
  /** Per node, the `add` call that last set a bit in it (a short prefix is met many times per document). */
  private lastAdd: number[] = [];
  private adds = 0;
  /** Per node, the longer frequent runs it starts: last term's vocabulary id → node. */
  private children: Array<Map<number, number> | undefined> = [];
  private sketch = new CountSketch();
  /** Terms that reached the threshold in this transaction, and runs (by parent node and term). */
  private rising = new Set<string>();
  private risingRuns = new Map<string, RisingRun>();
  /** Runs the sketch overestimated: library size when checked (checked again once it doubled). */
  private readonly checked = new Map<number, number>();
  private sorted: string[] | null = null;
  /** Highest id seen: a higher id is a new document, with no bits to clear first. */
  private maxId = 0;
  private docs = 0;

  constructor(
    private readonly source: TermSource,
    private readonly minHot = MIN_HOT,
  ) {}

  get frequentCount(): number {
    return this.keys.length;
  }

  /** The frequent terms, each with a word that produces it. */
  frequentTerms(): Array<{ term: string; word: string }> {
    return this.keys.filter((k) => !k.includes(' ') && !k.startsWith('*')).map((term) => ({ term, word: this.wordOf(term) }));
  }

  /** The frequent runs of words, each as its terms and words producing them. */
  frequentPhrases(): Array<{ terms: string[]; words: string[] }> {
    return this.keys.filter((k) => k.includes(' ')).map((k) => ({ terms: k.split(' '), words: k.split(' ').map((t) => this.wordOf(t)) }));
  }

  /** Documents counted per term (an upper bound once documents were re-indexed). */
  documentFrequencies(): Map<string, number> {
    return new Map([...this.vocab].map(([t, v]) => [t, v.df]));
  }

  private wordOf(term: string): string {
    return this.vocab.get(term)?.word ?? term;
  }

  private addTerm(term: string, word: string): VocabEntry {
    const v = { word, df: 0, id: this.termById.length };
    this.vocab.set(term, v);
    this.termById.push(term);
    const num = termNumber(term);
    this.idOfNumber = room(this.idOfNumber, num);
    this.idOfNumber[num] = v.id;
    this.sorted = null;
    return v;
  }

  /** Indexes a document's words; `docs` is the library's size. */
  add(id: number, tokens: Tokens, docs: number): void {
    if (id <= this.maxId) this.forget(id);
    else this.maxId = id;
    this.docs = docs;
    const threshold = hotThreshold(docs, this.minHot);
    const add = ++this.adds;
    for (const [term, word] of tokens.terms) {
      const v = this.vocab.get(term) ?? this.addTerm(term, word);
      v.df++;
      const node = (this.termNode[v.id] ?? 0) - 1;
      if (node >= 0) this.setBit(node, id);
      else if (v.df >= threshold) this.rising.add(term);
      this.addPrefix(term, 1, id, add);
      if (term.length > 1) this.addPrefix(term, 2, id, add);
    }
    if (this.keys.length > 0) this.addRuns(id, tokens.sequence, threshold);
  }

  /**
   * Sets the document's bit in every frequent run it holds, and counts each
   * candidate run once: a frequent run followed by a frequent term whose pair
   * with the word before is frequent too (a longer run is never more common
   * than its parts, so nothing else can reach the threshold).
   */
  private addRuns(id: number, sequence: readonly number[], threshold: number): void {
    const ids = new Int32Array(sequence.length);
    for (let i = 0; i < sequence.length; i++) ids[i] = this.idOfNumber[sequence[i] ?? 0] ?? 0;
    const counted = new Set<number>();
    for (let i = 0; i < ids.length; i++) {
      const first = ids[i] ?? 0;
      let node = (this.termNode[first] ?? 0) - 1;
      if (node < 0) continue;
      let h1 = extend1(SEED1, first);
      let h2 = extend2(SEED2, first);
      for (let j = i + 1; j < ids.length && j - i < MAX_RUN; j++) {
        const t = ids[j] ?? 0;
        if (t === 0) break;
        h1 = extend1(h1, t);
        h2 = extend2(h2, t);
        const child = this.children[node]?.get(t);
        if (child !== undefined) {
          this.setBit(child, id);
          node = child;
          continue;
        }
        const before = (this.termNode[ids[j - 1] ?? 0] ?? 0) - 1;
        const pairFrequent = j === i + 1 || (before >= 0 && this.children[before]?.has(t) === true);
        const key = h1 | 0;
        if ((this.termNode[t] ?? 0) > 0 && pairFrequent && !counted.has(key)) {
          counted.add(key);
          if (this.sketch.increment(h1, h2) >= threshold && this.worthChecking(key)) this.risingRuns.set(`${node} ${t}`, { parent: node, term: t, hash: key });
        }
        break;
      }
    }
  }

  /** Sets the document's bit for the term's first `n` (1 or 2) characters; the prefix's set is made when a document first brings it. */
  private addPrefix(term: string, n: 1 | 2, id: number, add: number): void {
    const key = shortPrefixNumber(term, n);
    let node = key < 0 ? this.nodeOf.get(prefixKey(term.slice(0, n))) : this.prefixNode.get(key);
    if (node === undefined) {
      node = this.addNode(prefixKey(term.slice(0, n)), emptySet(id + 1));
      if (key >= 0) this.prefixNode.set(key, node);
    }
    // Many terms of a document share a prefix: its bit is set once.
    if (this.lastAdd[node] === add) return;
    this.lastAdd[node] = add;
    this.setBit(node, id);
  }

  private worthChecking(hash: number): boolean {
    const at = this.checked.get(hash);
    return at === undefined || this.docs >= 2 * at;
  }

  private setBit(node: number, id: number): void {
    const set = this.sets[node];
    if (!set) return;
    let grown = set;
    if (id >>> 5 >= set.length) {
      // Half again as much room as needed: a library grows by whole volumes.
      grown = widen(set, Math.ceil((id + 1) * 1.5));
      this.sets[node] = grown;
    }
    addId(grown, id);
    this.changed[node] = 1;
  }

  private addNode(key: string, set: Bitset): number {
    const node = this.keys.length;
    this.keys.push(key);
    this.sets.push(set);
    this.children.push(undefined);
    this.changed.push(1);
    this.nodeOf.set(key, node);
    this.dropped.delete(key);
    return node;
  }

  private addTermNode(v: VocabEntry, key: string, set: Bitset): void {
    this.termNode = room(this.termNode, v.id);
    this.termNode[v.id] = this.addNode(key, set) + 1;
  }

  private addRunNode(parent: number, term: number, key: string, set: Bitset): void {
    const node = this.addNode(key, set);
    const kids = this.children[parent] ?? new Map<number, number>();
    kids.set(term, node);
    this.children[parent] = kids;
  }

  /** The document no longer holds any term (deleted, or about to be indexed again). */
  forget(id: number): void {
    this.sets.forEach((set, node) => {
      if (!hasId(set, id)) return;
      removeId(set, id);
      this.changed[node] = 1;
    });
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
      if (!v || !ids || this.nodeOf.has(term)) continue;
      // FTS5 lists ids in order: the last is the highest.
      this.addTermNode(v, term, fromIds(ids, capacity(ids)));
      v.df = ids.length;
    }
    const floor = DEMOTE_SHARE * hotThreshold(this.docs, this.minHot);
    for (const run of this.risingRuns.values()) {
      const terms = `${this.keys[run.parent] ?? ''} ${this.termById[run.term] ?? ''}`;
      const ids = this.nodeOf.has(terms) ? null : this.source.idsOfPhrase(terms.split(' ').map((t) => this.wordOf(t)));
      if (!ids) continue;
      if (ids.length < floor) this.checked.set(run.hash, this.docs);
      else this.addRunNode(run.parent, run.term, terms, fromIds(ids, capacity(ids)));
    }
    this.rising = new Set();
    this.risingRuns = new Map();
  }

  /** After a rollback: nothing rises from writes that were undone. */
  discard(): void {
    this.rising = new Set();
    this.risingRuns = new Map();
  }

  /** Frees the sets of terms and runs now rare in a grown library (FTS5 answers for them again). */
  demote(docs: number): void {
    const floor = DEMOTE_SHARE * hotThreshold(docs, this.minHot);
    const kept = new Map<string, Bitset>();
    this.keys.forEach((key, node) => {
      const set = this.sets[node];
      if (!set) return;
      // Short prefixes are never freed: their words are the ones typed first.
      if (key.startsWith('*')) {
        kept.set(key, set);
        return;
      }
      const n = countIds(set);
      if (n >= floor) kept.set(key, set);
      else {
        const v = this.vocab.get(key);
        if (v) v.df = n;
      }
    });
    if (kept.size === this.keys.length) return;
    const changed = new Set(this.keys.filter((_, node) => this.changed[node] === 1));
    const before = this.keys;
    this.rebuildNodes(kept);
    // Renumbered: a set keeps its flag by key; every key gone (a run built on a freed one too) is dropped.
    this.changed = this.keys.map((key) => (changed.has(key) ? 1 : 0));
    for (const key of before) if (!this.nodeOf.has(key)) this.dropped.add(key);
  }

  /** Renumbers the nodes from key → set; a run whose shorter run or a term is gone goes too. */
  private rebuildNodes(entries: ReadonlyMap<string, Bitset>): void {
    this.keys = [];
    this.sets = [];
    this.children = [];
    this.changed = [];
    this.prefixNode = new Map();
    this.lastAdd = [];
    this.nodeOf = new Map();
    this.termNode = new Int32Array(this.termById.length);
    const byLength = [...entries.keys()].map((k) => ({ k, terms: k.split(' ') })).sort((a, b) => a.terms.length - b.terms.length);
    for (const { k, terms } of byLength) {
      const set = entries.get(k);
      if (k.startsWith('*') && set) {
        const prefix = k.slice(1);
        const node = this.addNode(k, set);
        const key = shortPrefixNumber(prefix, prefix.length === 1 ? 1 : 2);
        if (key >= 0) this.prefixNode.set(key, node);
        continue;
      }
      const last = this.vocab.get(terms[terms.length - 1] ?? '');
      if (!last || !set) continue;
      if (terms.length === 1) {
        this.addTermNode(last, k, set);
        continue;
      }
      const parent = this.nodeOf.get(terms.slice(0, -1).join(' '));
      if (parent !== undefined) this.addRunNode(parent, last.id, k, set);
    }
  }

  /** Documents holding the term, as a new set of `capacity` ids; `word` produces the term. */
  docsOf(term: string, word: string, capacity: number): Bitset {
    const node = this.nodeOf.get(term);
    const set = node === undefined ? undefined : this.sets[node];
    if (set) return orInto(emptySet(capacity), set);
    return fromIds(this.source.idsOfWord(word) ?? [], capacity);
  }

  /** Documents holding the terms as one phrase, if it is a frequent run (null: ask FTS5). */
  docsOfRun(terms: readonly string[], capacity: number): Bitset | null {
    const node = this.nodeOf.get(terms.join(' '));
    const set = node === undefined ? undefined : this.sets[node];
    return set ? orInto(emptySet(capacity), set) : null;
  }

  /** Documents holding a term that starts with `prefix` (one or two characters), null if it has no set. */
  docsOfShortPrefix(prefix: string, capacity: number): Bitset | null {
    if (prefix.length === 0 || prefix.length > SHORT_PREFIX) return null;
    const key = shortPrefixNumber(prefix, prefix.length === 1 ? 1 : 2);
    const node = key < 0 ? this.nodeOf.get(prefixKey(prefix)) : this.prefixNode.get(key);
    const set = node === undefined ? undefined : this.sets[node];
    return set ? orInto(emptySet(capacity), set) : null;
  }

  /** Documents holding any of the terms (known terms only). */
  docsOfAny(terms: readonly string[], capacity: number): Bitset {
    const out = emptySet(capacity);
    const rare: string[] = [];
    for (const term of terms) {
      const node = this.nodeOf.get(term);
      const set = node === undefined ? undefined : this.sets[node];
      if (set) orInto(out, set);
      else {
        const v = this.vocab.get(term);
        if (v) rare.push(v.word);
      }
    }
    // One FTS5 query per few hundred rare words keeps the expression a sane size.
    for (let at = 0; at < rare.length; at += 256) {
      for (const id of this.source.idsOfAnyWord(rare.slice(at, at + 256)) ?? []) addId(out, id);
    }
    return out;
  }

  /** Known terms starting with `prefix`, in order. */
  withPrefix(prefix: string): string[] {
    const terms = (this.sorted ??= [...this.vocab.keys()].sort());
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((terms[mid] ?? '') < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < terms.length && (terms[i] ?? '').startsWith(prefix); i++) out.push(terms[i] ?? '');
    return out;
  }

  has(term: string): boolean {
    return this.vocab.has(term);
  }

  /** The persisted form: the vocabulary as JSON (in id order), the sketch, and one blob per frequent term or run. */
  serialize(): Array<[string, string | Buffer]> {
    return this.serializeChanges(true).put;
  }

  /**
   * What changed since the last call (or, with `all`, everything): the parts
   * to write and the keys whose persisted copy goes. The vocabulary and the
   * sketch change with every document, so they are always written.
   */
  serializeChanges(all = false): { put: Array<[string, string | Buffer]>; drop: string[] } {
    const terms = this.termById.slice(1);
    const vocab = JSON.stringify({ format: FORMAT, maxId: this.maxId, docs: this.docs, terms, words: terms.map((t) => this.vocab.get(t)?.word), df: terms.map((t) => this.vocab.get(t)?.df) });
    const parts: Array<[string, string | Buffer]> = [
      ['#terms', vocab],
      ['#sketch', this.sketch.serialize()],
    ];
    this.keys.forEach((key, node) => {
      const set = this.sets[node];
      if (set && (all || this.changed[node] === 1)) parts.push([`term:${key}`, Buffer.from(set.buffer, set.byteOffset, set.byteLength)]);
    });
    const drop = all ? [] : [...this.dropped].map((key) => `term:${key}`);
    this.changed = this.keys.map(() => 0);
    this.dropped = new Set();
    return { put: parts, drop };
  }

  /** Rebuilds from `serialize`'s parts; null if they are missing or of another format. */
  static restore(source: TermSource, parts: ReadonlyMap<string, string | Buffer>, minHot = MIN_HOT): TermIndex | null {
    const raw = parts.get('#terms');
    const sketch = parts.get('#sketch');
    if (typeof raw !== 'string' || !(sketch instanceof Buffer)) return null;
    const data = JSON.parse(raw) as { format?: string; maxId: number; docs: number; terms: string[]; words: string[]; df: number[] };
    const restoredSketch = CountSketch.restore(sketch);
    if (data.format !== FORMAT || !restoredSketch) return null;
    const index = new TermIndex(source, minHot);
    index.maxId = data.maxId;
    index.docs = data.docs;
    index.sketch = restoredSketch;
    data.terms.forEach((t, i) => {
      index.addTerm(t, data.words[i] ?? t).df = data.df[i] ?? 0;
    });
    const entries = new Map<string, Bitset>();
    for (const [key, value] of parts) {
      if (!key.startsWith('term:') || typeof value === 'string') continue;
      // Copied: a Buffer from SQLite need not be aligned for a Uint32Array view.
      const set = new Uint32Array(value.byteLength >>> 2);
      new Uint8Array(set.buffer).set(value.subarray(0, set.byteLength));
      entries.set(key.slice('term:'.length), set);
    }
    index.rebuildNodes(entries);
    // Just read: nothing differs from the persisted copy.
    index.changed = index.keys.map(() => 0);
    return index;
  }
}
