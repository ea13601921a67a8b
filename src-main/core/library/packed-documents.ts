import type { Collection, DocumentMeta, ImportedDocument } from '../../../src-shared/model/document';
import type { DocFacets } from '../search/doc-store';
import { termName, termNumber, type Tokens } from '../search/terms';
import type { DocInputs } from './doc-inputs';
import type { PreparedDocument } from './prepared-document';

/**
 * Prepared documents as they cross from a parse worker to the writer: one
 * flat array of strings, a fixed number per document. A structured clone of
 * the documents as objects walked every metadata and facet object and copied
 * the plain text twice (it is also the start of the search index's body);
 * flat strings are copied in one pass each, and the small objects are parsed
 * from JSON on arrival, which costs less than cloning them.
 */
export type PackedDocuments = Array<string | null>;

/** Strings per document, in the order `packDocuments` writes them. */
const PER_DOC = 23;

/** The index entry's body is the plain text and then footnotes and apparatus: only that tail travels. */
function bodyTail(doc: PreparedDocument): string {
  const { body } = doc.entry;
  return body.startsWith(doc.row.plainText) ? body.slice(doc.row.plainText.length) : `\u0000${body}`;
}

export function packDocuments(docs: readonly PreparedDocument[]): PackedDocuments {
  const out: PackedDocuments = [];
  for (const doc of docs) {
    const { row, entry } = doc;
    out.push(
      doc.key, doc.format, doc.collection ? JSON.stringify(doc.collection) : null,
      row.title, row.dateStart, row.dateEnd, row.year === null ? null : String(row.year), row.sender, row.kind,
      row.sourceId, row.parentSourceId, row.number, row.meta, row.body, row.placement, row.chapter, row.plainText,
      entry.title, entry.people, entry.place, bodyTail(doc), JSON.stringify(entry.facets),
      doc.inputs ? JSON.stringify(doc.inputs) : null,
    );
  }
  return out;
}

export function unpackDocuments(packed: PackedDocuments): PreparedDocument[] {
  const docs: PreparedDocument[] = [];
  const str = (i: number): string => packed[i] ?? '';
  for (let at = 0; at + PER_DOC <= packed.length; at += PER_DOC) {
    const f = (k: number): string | null => packed[at + k] ?? null;
    const plainText = str(at + 16);
    const tail = str(at + 20);
    const collection = f(2);
    const year = f(6);
    const inputs = f(22);
    docs.push({
      key: str(at),
      format: str(at + 1) as ImportedDocument['format'],
      meta: JSON.parse(str(at + 12)) as DocumentMeta,
      collection: collection === null ? null : (JSON.parse(collection) as Collection),
      row: {
        title: str(at + 3),
        dateStart: f(4),
        dateEnd: f(5),
        year: year === null ? null : Number(year),
        sender: f(7),
        kind: f(8),
        sourceId: f(9),
        parentSourceId: f(10),
        number: f(11),
        meta: str(at + 12),
        body: str(at + 13),
        placement: f(14),
        chapter: f(15),
        plainText,
      },
      entry: {
        title: str(at + 17),
        people: str(at + 18),
        place: str(at + 19),
        body: tail.startsWith('\u0000') ? tail.slice(1) : plainText + tail,
        facets: JSON.parse(str(at + 21)) as DocFacets,
      },
      ...(inputs === null ? {} : { inputs: JSON.parse(inputs) as DocInputs }),
    });
  }
  return docs;
}

/**
 * Documents' tokens for the term index, worked out by a parse worker. Term
 * numbers are per thread, so each document's terms travel as words (joined
 * by spaces: a term never holds one) and its word sequence as positions in
 * that list, all documents' in one transferred array.
 */
export interface PackedTokens {
  /** Per document, its distinct terms joined by spaces. */
  terms: string[];
  /** Per document, the word first met for each term, joined by spaces. */
  words: string[];
  /** Every document's sequence, one after another: 1 + the term's position in its list; 0 between fields. */
  sequence: Int32Array<ArrayBuffer>;
  /** Where each document's sequence ends in `sequence`. */
  ends: Int32Array<ArrayBuffer>;
}

export function packTokens(all: readonly Tokens[]): PackedTokens {
  const sequence = new Int32Array(all.reduce((n, t) => n + t.sequence.length, 0));
  const ends = new Int32Array(all.length);
  let at = 0;
  all.forEach((t, d) => {
    const position = new Map(t.distinct.map((num, k) => [num, k + 1]));
    for (const num of t.sequence) sequence[at++] = num === 0 ? 0 : (position.get(num) ?? 0);
    ends[d] = at;
  });
  return { terms: all.map((t) => t.distinct.map(termName).join(' ')), words: all.map((t) => t.words.join(' ')), sequence, ends };
}

/** The tokens of each document, numbered in this thread. */
export function unpackTokens(packed: PackedTokens): Tokens[] {
  const out: Tokens[] = [];
  let from = 0;
  packed.terms.forEach((joined, d) => {
    const distinct = joined.length === 0 ? [] : joined.split(' ').map(termNumber);
    const words = joined.length === 0 ? [] : (packed.words[d] ?? '').split(' ');
    const end = packed.ends[d] ?? from;
    const sequence: number[] = new Array<number>(end - from);
    for (let i = from; i < end; i++) {
      const k = packed.sequence[i] ?? 0;
      sequence[i - from] = k === 0 ? 0 : (distinct[k - 1] ?? 0);
    }
    out.push({ sequence, distinct, words });
    from = end;
  });
  return out;
}
