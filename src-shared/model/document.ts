/**
 * The one document model. Every importer produces it; the reader, the search
 * index and the PDF renderer all read it. Imported text lives only in `text`
 * runs and is never interpreted as HTML anywhere.
 */

import type { Redaction } from '../sources/redactions';
import type { SourceFields } from '../sources/source-fields';

/** Where a metadata value came from. */
export type Provenance =
  | { kind: 'stated'; where?: string }
  | { kind: 'inferred'; from: string }
  | { kind: 'edited'; original?: unknown };

export interface Field<T> {
  value: T;
  provenance: Provenance;
}

/** A person or office on either end of a document: "The Ambassador in France (Caffery)". */
export interface Party {
  name?: string;
  role?: string;
  /** The person the editors linked the name to (`#p_FDR1`, `frus1917Supp02v01#p_BAJ1`; see src-shared/people). */
  person?: string;
}

/**
 * A date as precise as the source allows: 'YYYY', 'YYYY-MM', 'YYYY-MM-DD' or
 * 'YYYY-MM-DDTHH:MM'. `end` is set for ranges ("between 3 and 5 December").
 */
export interface DateValue {
  start: string;
  end?: string;
}

export type DocKind =
  | 'telegram'
  | 'despatch'
  | 'letter'
  | 'memorandum'
  | 'note'
  | 'report'
  | 'instruction'
  | 'document'
  /** Text of a volume outside its documents: front matter, a chapter's editorial text, a treaty, an appendix. */
  | 'section';

export type Mark = 'italic' | 'bold' | 'smallcaps' | 'sup' | 'sub' | 'underline';

export type Inline =
  | { t: 'text'; text: string; marks?: Mark[] }
  /** Footnote reference; `id` is the footnote's id in `DocumentBody.footnotes`, `label` as printed. */
  | { t: 'noteRef'; id: string; label: string }
  /** A printed-page break of the original edition falling inside a paragraph. */
  | { t: 'page'; n: string }
  | { t: 'lineBreak' }
  /**
   * A link the editors encoded. `target` is the source-level id of a document
   * of the same volume (TEI xml:id `d12`), or, as written, a footnote of one
   * (`#d12fn3`), a printed page (`#pg_64`), or a document or page of another
   * volume (`frus1924v02#pg_64`); the library resolves these (src-main/core/links).
   * A term (`#t_NODIS1`, src-shared/terms) or a person (`#p_BND1`,
   * `frus1917Supp02v01#p_BAJ1`, src-shared/people) of a volume's lists is a link too.
   */
  | { t: 'link'; target: string; runs: Inline[] };

/** Semantic role of a paragraph within a diplomatic document. */
export type ParagraphRole =
  | 'dateline'
  | 'opener'
  | 'salute'
  | 'closer'
  | 'signature'
  | 'postscript'
  | 'sourceNote'
  | 'address';

export type Block =
  | { t: 'paragraph'; runs: Inline[]; role?: ParagraphRole }
  | { t: 'heading'; level: number; runs: Inline[] }
  /** A printed-page break of the original edition between blocks. */
  | { t: 'page'; n: string }
  /**
   * `labelled`: each item begins with the label the edition printed ("1.",
   * "(a)"), so neither a bullet nor a number is added when it is shown.
   */
  | { t: 'list'; ordered: boolean; labelled?: boolean; items: Inline[][] }
  | { t: 'table'; rows: Inline[][][] }
  | { t: 'quote'; blocks: Block[] }
  /** Enclosure, attachment or postscript set apart from the main text. */
  | { t: 'section'; kind: 'attachment' | 'postscript' | 'enclosure'; title?: Inline[]; blocks: Block[] }
  /** A nested document imported separately; `target` is its source-level id. */
  | { t: 'embedded'; target: string; title: string };

export interface Footnote {
  id: string;
  /** The label as printed ("1", "49", "*"). */
  label: string;
  runs: Inline[];
}

export interface DocumentBody {
  blocks: Block[];
  footnotes: Footnote[];
}

export interface Collection {
  id: string;
  title: string;
  /** The series title as the source states it, when it does (TEI `title[@type=series]`). */
  series?: string;
  published?: string;
}

export interface DocumentMeta {
  title: Field<string>;
  kind?: Field<DocKind>;
  from?: Field<Party[]>;
  to?: Field<Party[]>;
  date?: Field<DateValue>;
  place?: Field<string>;
  received?: Field<string>;
  /**
   * Sending and receipt as instants, ISO with the offset the source states
   * ('1917-04-06T12:00-05:00'): set only where the source encodes the offset
   * (TEI `@when`, `frus:doc-dateTime-min/max`). Otherwise the reader infers the
   * offset from the places (src-shared/clock), and says so.
   */
  sentAt?: Field<string>;
  receivedAt?: Field<string>;
  classification?: Field<string>;
  precedence?: Field<string>;
  fileNumber?: Field<string>;
  /** Telegram / despatch number(s) as printed: "5186", "4597–4600". */
  docNumber?: Field<string>;
  /** Editorial caption summarising the document (CVCE). */
  caption?: Field<string>;
  source?: Field<string>;
  url?: Field<string>;
  rights?: Field<string>;
  signature?: Field<string>;
  lastUpdated?: Field<string>;
  /** The source note read into fields (file numbers, classification, drafted by…), each with the text it came from. */
  sourceFields?: Field<SourceFields>;
  /** Markers of withheld or omitted text, with offsets in the walker's text (body, then footnotes). */
  redactions?: Field<Redaction[]>;
}

/** Where a document sits in a published edition (set by the TEI importer). */
export interface Placement {
  collection: Collection;
  /** Headings above the document, outermost first. */
  chapter: string[];
  /** The document's number in the volume (TEI `n`). */
  number?: string;
  /** Source-level id of the document (TEI xml:id), unique within the collection. */
  sourceId: string;
  /** Source-level id of the document this one is nested in. */
  parentSourceId?: string;
  /** The printed page the document starts on, when it starts mid-page. */
  startPage?: string;
  /** A section of the volume's front or back matter (absent for the body). */
  matter?: 'front' | 'back';
}

/** What an importer hands to the library. */
export interface ImportedDocument {
  /** Stable key: re-importing the same source updates this document in place. */
  key: string;
  format: 'frus-text' | 'cvce-markdown' | 'text' | 'markdown' | 'tei';
  meta: DocumentMeta;
  body: DocumentBody;
  placement?: Placement;
}
