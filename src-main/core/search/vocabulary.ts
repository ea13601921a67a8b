import { termNumber } from './terms';

export interface VocabEntry {
  /** A word producing the term. */
  word: string;
  /** Documents counted. */
  df: number;
  /** Position in the vocabulary, from 1 (0 marks the gap between two fields). */
  id: number;
}

/** An Int32Array with room for index `i`, grown by half again. */
export function room(a: Int32Array<ArrayBuffer>, i: number): Int32Array<ArrayBuffer> {
  if (i < a.length) return a;
  const out = new Int32Array(Math.ceil((i + 1) * 1.5));
  out.set(a);
  return out;
}

/**
 * Every term met, a word that produces it, and how many documents were
 * indexed with it. It serves prefix searches and decides which terms are
 * frequent. Its counts only ever grow between rebuilds (a re-imported
 * document counts again): they are an upper bound, used for nothing but that
 * decision.
 */
export class Vocabulary {
  private readonly entries = new Map<string, VocabEntry>();
  private readonly termById: string[] = [''];
  private readonly entryById: Array<VocabEntry | undefined> = [undefined];
  /** Vocabulary id of each term, by the term's number in this process (`termNumber`; 0: not met yet). */
  private idOfNumber = new Int32Array(1024);
  private sorted: string[] | null = null;

  get(term: string): VocabEntry | undefined {
    return this.entries.get(term);
  }

  has(term: string): boolean {
    return this.entries.has(term);
  }

  /** Ids run from 1; this is one past the highest. */
  get size(): number {
    return this.termById.length;
  }

  add(term: string, word: string): VocabEntry {
    const v = { word, df: 0, id: this.termById.length };
    this.entries.set(term, v);
    this.termById.push(term);
    this.entryById.push(v);
    const num = termNumber(term);
    this.idOfNumber = room(this.idOfNumber, num);
    this.idOfNumber[num] = v.id;
    this.sorted = null;
    return v;
  }

  /** The entry of the term with process-wide number `num` (`termNumber`), if met. */
  byNumber(num: number): VocabEntry | undefined {
    return this.entryById[this.idOf(num)];
  }

  /** The term with vocabulary id `id` ('' for none). */
  termAt(id: number): string {
    return this.termById[id] ?? '';
  }

  /** Vocabulary id of the term with process-wide number `num` (0: not in the vocabulary). */
  idOf(num: number): number {
    return this.idOfNumber[num] ?? 0;
  }

  wordOf(term: string): string {
    return this.entries.get(term)?.word ?? term;
  }

  /** Every term, in id order. */
  terms(): string[] {
    return this.termById.slice(1);
  }

  /** Documents counted per term (an upper bound once documents were re-indexed). */
  documentFrequencies(): Map<string, number> {
    return new Map([...this.entries].map(([t, v]) => [t, v.df]));
  }

  /** Known terms starting with `prefix`, in order. */
  withPrefix(prefix: string): string[] {
    const terms = (this.sorted ??= [...this.entries.keys()].sort());
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
}
