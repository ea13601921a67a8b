import type { Db } from '../db/open-database';
import { addId, emptySet, fromIds, hasId, orInto, removeId, countIds, widen, type Bitset } from './bitset';

/**
 * Which documents hold a term, answered from memory for the terms that cost
 * FTS5 most. Listing the 80,000 ids of "telegram" from FTS5 takes 8 ms at
 * 100,000 documents (every posting is decoded and handed over one by one);
 * the same set kept as a bitset is a 12.5 KB copy. So terms held by at least
 * `HOT_SHARE` of the documents ("frequent terms", about 2,000 at 100,000
 * documents) are kept as bitsets, and the long tail, cheap to ask FTS5 for,
 * stays there. FTS5 remains the truth: a term becomes frequent by reading its
 * documents back from FTS5 inside the transaction that made it so.
 *
 * The vocabulary (every term, a word that produces it, and how many documents
 * were indexed with it) serves prefix searches and decides which terms are
 * frequent. Its counts only ever grow between rebuilds (a re-imported
 * document counts again): they are an upper bound, used for nothing but that
 * decision; the bitsets themselves are exact.
 */
const HOT_SHARE = 0.02;
const MIN_HOT = 1000;
/** A frequent term that fell below a quarter of the threshold goes back to FTS5 (its memory is freed). */
const DEMOTE_SHARE = 0.25;

const FORMAT = 'terms/v1';

export interface TermSource {
  /** Ids of documents whose FTS5 terms include the one `word` produces; null if FTS5 refused. */
  idsOfWord(word: string): number[] | null;
  /** Ids of documents holding any of the words' terms (one FTS5 query). */
  idsOfAnyWord(words: readonly string[]): number[] | null;
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
  };
}

export function hotThreshold(docs: number): number {
  return Math.max(MIN_HOT, Math.ceil(HOT_SHARE * docs));
}

export class TermIndex {
  /** term → [a word producing it, documents counted]. */
  private readonly vocab = new Map<string, { word: string; df: number }>();
  private readonly hot = new Map<string, Bitset>();
  /** Terms that reached the threshold in this transaction: made frequent at `promote`. */
  private rising = new Set<string>();
  private sorted: string[] | null = null;
  /** Highest id seen: a higher id is a new document, with no bits to clear first. */
  private maxId = 0;

  constructor(private readonly source: TermSource) {}

  get frequentCount(): number {
    return this.hot.size;
  }

  /** The frequent terms, each with a word that produces it. */
  frequentTerms(): Array<{ term: string; word: string }> {
    return [...this.hot.keys()].map((term) => ({ term, word: this.vocab.get(term)?.word ?? term }));
  }

  /** Documents counted per term (an upper bound once documents were re-indexed). */
  documentFrequencies(): Map<string, number> {
    return new Map([...this.vocab].map(([t, v]) => [t, v.df]));
  }

  /** Indexes a document's terms (term → a word producing it); `docs` is the library's size. */
  add(id: number, terms: ReadonlyMap<string, string>, docs: number): void {
    if (id <= this.maxId) this.forget(id);
    else this.maxId = id;
    const threshold = hotThreshold(docs);
    for (const [term, word] of terms) {
      let v = this.vocab.get(term);
      if (!v) {
        v = { word, df: 0 };
        this.vocab.set(term, v);
        this.sorted = null;
      }
      v.df++;
      const set = this.hot.get(term);
      if (set) this.setBit(term, set, id);
      else if (v.df >= threshold) this.rising.add(term);
    }
  }

  private setBit(term: string, set: Bitset, id: number): void {
    let grown = set;
    if (id >>> 5 >= set.length) {
      // Half again as much room as needed: a library grows by whole volumes.
      grown = widen(set, Math.ceil((id + 1) * 1.5));
      this.hot.set(term, grown);
    }
    addId(grown, id);
  }

  /** The document no longer holds any term (deleted, or about to be indexed again). */
  forget(id: number): void {
    for (const set of this.hot.values()) if (hasId(set, id)) removeId(set, id);
  }

  /**
   * Makes the terms that reached the threshold frequent, reading their
   * documents from FTS5: call after FTS5 holds this transaction's writes.
   */
  promote(): void {
    for (const term of this.rising) {
      const v = this.vocab.get(term);
      const ids = v ? this.source.idsOfWord(v.word) : null;
      if (!v || !ids) continue;
      // FTS5 lists ids in order: the last is the highest.
      this.hot.set(term, fromIds(ids, Math.max(this.maxId, ids[ids.length - 1] ?? 0) + 1));
      v.df = ids.length;
    }
    this.rising = new Set();
  }

  /** After a rollback: nothing rises from writes that were undone. */
  discard(): void {
    this.rising = new Set();
  }

  /** Frees the sets of terms now rare in a grown library (FTS5 answers for them again). */
  demote(docs: number): void {
    const floor = DEMOTE_SHARE * hotThreshold(docs);
    for (const [term, set] of this.hot) {
      const n = countIds(set);
      if (n >= floor) continue;
      this.hot.delete(term);
      const v = this.vocab.get(term);
      if (v) v.df = n;
    }
  }

  /** Documents holding the term, as a new set of `capacity` ids; `word` produces the term. */
  docsOf(term: string, word: string, capacity: number): Bitset {
    const set = this.hot.get(term);
    if (set) return orInto(emptySet(capacity), set);
    return fromIds(this.source.idsOfWord(word) ?? [], capacity);
  }

  /** Documents holding any of the terms (known terms only). */
  docsOfAny(terms: readonly string[], capacity: number): Bitset {
    const out = emptySet(capacity);
    const rare: string[] = [];
    for (const term of terms) {
      const set = this.hot.get(term);
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

  /** The persisted form: the vocabulary as JSON, and one blob per frequent term. */
  serialize(): Array<[string, string | Buffer]> {
    const terms = [...this.vocab.keys()];
    const vocab = JSON.stringify({ format: FORMAT, maxId: this.maxId, terms, words: terms.map((t) => this.vocab.get(t)?.word), df: terms.map((t) => this.vocab.get(t)?.df) });
    const parts: Array<[string, string | Buffer]> = [['#terms', vocab]];
    for (const [term, set] of this.hot) parts.push([`term:${term}`, Buffer.from(set.buffer, set.byteOffset, set.byteLength)]);
    return parts;
  }

  /** Rebuilds from `serialize`'s parts; false if they are missing or of another format. */
  static restore(source: TermSource, parts: ReadonlyMap<string, string | Buffer>): TermIndex | null {
    const raw = parts.get('#terms');
    if (typeof raw !== 'string') return null;
    const data = JSON.parse(raw) as { format?: string; maxId: number; terms: string[]; words: string[]; df: number[] };
    if (data.format !== FORMAT) return null;
    const index = new TermIndex(source);
    index.maxId = data.maxId;
    data.terms.forEach((t, i) => index.vocab.set(t, { word: data.words[i] ?? t, df: data.df[i] ?? 0 }));
    for (const [key, value] of parts) {
      if (!key.startsWith('term:') || typeof value === 'string') continue;
      // Copied: a Buffer from SQLite need not be aligned for a Uint32Array view.
      const set = new Uint32Array(value.byteLength >>> 2);
      new Uint8Array(set.buffer).set(value.subarray(0, set.byteLength));
      index.hot.set(key.slice('term:'.length), set);
    }
    return index;
  }
}
