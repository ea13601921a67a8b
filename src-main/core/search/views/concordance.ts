import type { ConcordanceLine } from '../../../contract';
import type { DocStore } from '../doc-store';
import { markSpans, textWords, type Mark } from '../match-marks';
import { leftContext, rightContext } from './kwic';

/** A document's title, date and text (documents.plain_text: the walker's text). */
export interface ConcordanceDoc {
  title: string;
  date: string | null;
  text: string;
}

/**
 * Where the marks match in a text, as `[start, end)` offsets: each word, each
 * phrase as one unit, each word of a NEAR window — what a snippet highlights,
 * so the concordance shows exactly what the search matched. Spans starting
 * at the same word are one occurrence.
 */
export function occurrences(text: string, marks: readonly Mark[]): Array<[number, number]> {
  const words = textWords(text);
  const spans = markSpans(words, marks).sort((a, b) => a.first - b.first || b.last - a.last);
  const out: Array<[number, number]> = [];
  let lastFirst = -1;
  let lastEnd = -1;
  for (const s of spans) {
    const start = words[s.first]?.start ?? 0;
    // A span inside the one before (a phrase's word that is also a query word) is not another occurrence.
    if (s.first === lastFirst || start < lastEnd) continue;
    lastFirst = s.first;
    const end = words[s.last]?.end ?? start;
    lastEnd = end;
    out.push([start, end]);
  }
  return out;
}

export interface ConcordanceCount {
  lines: ConcordanceLine[];
  /** Occurrences in the documents read. */
  occurrences: number;
  withOccurrences: number;
  /** Matching documents read (all of them when `complete`). */
  read: number;
  complete: boolean;
}

/**
 * The occurrences in the matching documents, oldest document first and in
 * text order within one: the first `limit` as lines. Reading stops there:
 * counting every occurrence means reading every matching text (seconds at
 * 50,000 documents), so beyond the lines the total is estimated.
 * `skip` holds a volume's sections (index, list of papers): their lines are
 * page lists, not usage, and sorted by context they came first and crowded
 * out the documents.
 */
export function collectConcordance(store: DocStore, matched: Uint8Array, marks: readonly Mark[], limit: number, docOf: (id: number) => ConcordanceDoc | undefined, skip: ReadonlySet<number> = new Set()): ConcordanceCount {
  const lines: ConcordanceLine[] = [];
  let total = 0;
  let withOccurrences = 0;
  let read = 0;
  let complete = true;
  if (marks.length === 0) return { lines, occurrences: 0, withOccurrences: 0, read, complete };
  for (const id of store.dateOrder()) {
    if (matched[id] !== 1 || skip.has(id)) continue;
    if (lines.length >= limit) {
      complete = false;
      break;
    }
    read++;
    const doc = docOf(id);
    if (!doc) continue;
    const found = occurrences(doc.text, marks);
    if (found.length === 0) continue;
    withOccurrences++;
    total += found.length;
    for (const [start, end] of found) {
      if (lines.length >= limit) break;
      lines.push({ docId: id, title: doc.title, date: doc.date, start, end, left: leftContext(doc.text, start), keyword: doc.text.slice(start, end).replace(/\s+/g, ' '), right: rightContext(doc.text, end) });
    }
  }
  return { lines, occurrences: total, withOccurrences, read, complete };
}
