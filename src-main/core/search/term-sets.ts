import { addId, countIds, emptySet, hasId, removeId, widen, type Bitset } from './bitset';
import { isPrefixKey, prefixKey, shortPrefixNumber, SHORT_PREFIX } from './short-prefix';
import { room, type Vocabulary } from './vocabulary';

/**
 * The sets the term index keeps in memory, one per node: a frequent term
 * (key: the term), a frequent run of words (key: its terms joined by spaces;
 * a run is a child of the run one word shorter) or a short prefix (key:
 * `*` and the prefix). Tracks which sets changed since they were last
 * written, so a persist writes only those.
 */
export class TermSets {
  private keys: string[] = [];
  /** Per node its set; null: not read yet from the persisted copy (`fetch` reads it on first use). */
  private sets: Array<Bitset | null> = [];
  private fetch: (key: string) => Bitset = () => emptySet(0);
  /**
   * Every set not read yet held at least this many documents when it was
   * persisted (sets below the floor of then were freed), so `shrink` frees
   * none of them while its floor is no higher.
   */
  private unreadFloor = 0;
  private nodeOf = new Map<string, number>();
  /** Per node, 1 if its set changed since the last `changes` (only changed sets are written again). */
  private changed: number[] = [];
  /** Keys of sets freed since the last `changes` (their persisted copies go). */
  private dropped = new Set<string>();
  /** Node + 1 of each frequent term, by vocabulary id (0: not frequent). */
  private termNodes = new Int32Array(1024);
  /** Node of each short prefix, by `shortPrefixNumber`. */
  private prefixNode = new Map<number, number>();
  /** Per node, the `markPrefix` pass that last set a bit in it (a short prefix is met many times per document). */
  private lastPass: number[] = [];
  /** Per node, the longer frequent runs it starts: last term's vocabulary id → node. */
  private children: Array<Map<number, number> | undefined> = [];

  get count(): number {
    return this.keys.length;
  }

  allKeys(): readonly string[] {
    return this.keys;
  }

  has(key: string): boolean {
    return this.nodeOf.has(key);
  }

  keyAt(node: number): string {
    return this.keys[node] ?? '';
  }

  setOf(key: string): Bitset | undefined {
    const node = this.nodeOf.get(key);
    return node === undefined ? undefined : this.at(node);
  }

  /** The node's set, read from the persisted copy on first use. */
  private at(node: number): Bitset | undefined {
    const set = this.sets[node];
    if (set !== null) return set;
    const read = this.fetch(this.keys[node] ?? '');
    this.sets[node] = read;
    return read;
  }

  /**
   * After `rebuild` from entries of which some are null (not read yet): reads
   * each on first use with `fetch`; they held at least `floor` documents.
   */
  readLazily(fetch: (key: string) => Bitset, floor: number): void {
    this.fetch = fetch;
    this.unreadFloor = floor;
  }

  /** Node of the frequent term with this vocabulary id, -1 if it is not frequent. */
  termNode(vocabId: number): number {
    return (this.termNodes[vocabId] ?? 0) - 1;
  }

  /** Node of the run `node` extended by the term with vocabulary id `term`, if frequent. */
  child(node: number, term: number): number | undefined {
    return this.children[node]?.get(term);
  }

  /** Documents holding a term that starts with `prefix` (one or two characters), if it has a set. */
  prefixSet(prefix: string): Bitset | undefined {
    if (prefix.length === 0 || prefix.length > SHORT_PREFIX) return undefined;
    const key = shortPrefixNumber(prefix, prefix.length === 1 ? 1 : 2);
    const node = key < 0 ? this.nodeOf.get(prefixKey(prefix)) : this.prefixNode.get(key);
    return node === undefined ? undefined : this.at(node);
  }

  setBit(node: number, id: number): void {
    const set = this.at(node);
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

  /** Sets the document's bit for the term's first `n` (1 or 2) characters; the prefix's set is made when a document first brings it. */
  markPrefix(term: string, n: 1 | 2, id: number, pass: number): void {
    const key = shortPrefixNumber(term, n);
    let node = key < 0 ? this.nodeOf.get(prefixKey(term.slice(0, n))) : this.prefixNode.get(key);
    if (node === undefined) {
      node = this.addNode(prefixKey(term.slice(0, n)), emptySet(id + 1));
      if (key >= 0) this.prefixNode.set(key, node);
    }
    // Many terms of a document share a prefix: its bit is set once.
    if (this.lastPass[node] === pass) return;
    this.lastPass[node] = pass;
    this.setBit(node, id);
  }

  private addNode(key: string, set: Bitset | null): number {
    const node = this.keys.length;
    this.keys.push(key);
    this.sets.push(set);
    this.children.push(undefined);
    this.changed.push(1);
    this.nodeOf.set(key, node);
    this.dropped.delete(key);
    return node;
  }

  addTerm(vocabId: number, key: string, set: Bitset | null): void {
    this.termNodes = room(this.termNodes, vocabId);
    this.termNodes[vocabId] = this.addNode(key, set) + 1;
  }

  addRun(parent: number, term: number, key: string, set: Bitset | null): void {
    const node = this.addNode(key, set);
    const kids = this.children[parent] ?? new Map<number, number>();
    kids.set(term, node);
    this.children[parent] = kids;
  }

  /** Clears the document's bit everywhere. */
  forget(id: number): void {
    this.sets.forEach((_, node) => {
      const set = this.at(node);
      if (!set || !hasId(set, id)) return;
      removeId(set, id);
      this.changed[node] = 1;
    });
  }

  /**
   * Frees the term and run sets holding fewer than `floor` documents (short
   * prefixes are never freed: their words are the ones typed first); calls
   * `freed` with each freed term's key and count.
   */
  shrink(floor: number, vocab: Vocabulary, freed: (key: string, docs: number) => void): void {
    const kept = new Map<string, Bitset | null>();
    this.keys.forEach((key, node) => {
      const unread = this.sets[node] === null;
      if (isPrefixKey(key) || (unread && floor <= this.unreadFloor)) {
        kept.set(key, this.sets[node] ?? null);
        return;
      }
      const set = this.at(node);
      if (!set) return;
      const n = countIds(set);
      if (n >= floor) kept.set(key, set);
      else freed(key, n);
    });
    if (kept.size === this.keys.length) return;
    const changed = new Set(this.keys.filter((_, node) => this.changed[node] === 1));
    const before = this.keys;
    this.rebuild(kept, vocab);
    // Renumbered: a set keeps its flag by key; every key gone (a run built on a freed one too) is dropped.
    this.changed = this.keys.map((key) => (changed.has(key) ? 1 : 0));
    for (const key of before) if (!this.nodeOf.has(key)) this.dropped.add(key);
  }

  /** Renumbers the nodes from key → set; a run whose shorter run or a term is gone goes too. */
  rebuild(entries: ReadonlyMap<string, Bitset | null>, vocab: Vocabulary): void {
    this.keys = [];
    this.sets = [];
    this.children = [];
    this.changed = [];
    this.prefixNode = new Map();
    this.lastPass = [];
    this.nodeOf = new Map();
    this.termNodes = new Int32Array(vocab.size);
    const byLength = [...entries.keys()].map((k) => ({ k, terms: k.split(' ') })).sort((a, b) => a.terms.length - b.terms.length);
    for (const { k, terms } of byLength) {
      const set = entries.get(k);
      if (isPrefixKey(k) && set !== undefined) {
        const prefix = k.slice(1);
        const node = this.addNode(k, set);
        const key = shortPrefixNumber(prefix, prefix.length === 1 ? 1 : 2);
        if (key >= 0) this.prefixNode.set(key, node);
        continue;
      }
      const last = vocab.get(terms[terms.length - 1] ?? '');
      if (!last || set === undefined) continue;
      if (terms.length === 1) {
        this.addTerm(last.id, k, set);
        continue;
      }
      const parent = this.nodeOf.get(terms.slice(0, -1).join(' '));
      if (parent !== undefined) this.addRun(parent, last.id, k, set);
    }
  }

  /** The sets changed since the last call (every set, with `all`) and the keys freed since; from now on nothing counts as changed. */
  changes(all: boolean): { put: Array<[string, Bitset]>; drop: string[] } {
    const put: Array<[string, Bitset]> = [];
    this.keys.forEach((key, node) => {
      // Only a set read already can have changed; `all` reads every one.
      const set = all || this.changed[node] === 1 ? this.at(node) : undefined;
      if (set) put.push([key, set]);
    });
    const drop = all ? [] : [...this.dropped];
    this.markSaved();
    return { put, drop };
  }

  /** Nothing differs from the persisted copy. */
  markSaved(): void {
    this.changed = this.keys.map(() => 0);
    this.dropped = new Set();
  }
}
