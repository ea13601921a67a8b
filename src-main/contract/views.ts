import type { Collection, DocumentBody, DocumentMeta, Placement } from '../../src-shared/model/document';

/** One row of the library list. */
export interface DocSummary {
  id: number;
  title: string;
  /** Start of the document's date as precise as known ('1947-12-03', '1941'). */
  date: string | null;
  kind: string | null;
  /** Display form of the sender(s). */
  from: string | null;
  collection: Collection | null;
  chapter: string[];
  number: string | null;
  parentId: number | null;
  /** The user's tags on the document, sorted. */
  tags: string[];
}

export interface Snippet {
  text: string;
  /** [start, end) offsets into `text` of the matched terms. */
  highlights: Array<[number, number]>;
}

/** `hit` tells document hits from note hits (`kind` is the document's kind: telegram, letter…). */
export interface SearchHit extends DocSummary {
  hit: 'document';
  score: number;
  snippet: Snippet;
}

/**
 * A hit in the user's own writing: a note (free-standing or a document's note)
 * or the comment on a highlight. Ranked among themselves (FTS5 rank), not
 * against documents: the two lists answer different questions.
 */
export type NoteHit =
  | { hit: 'note'; noteId: number; docId: number | null; title: string; snippet: Snippet; tags: string[]; updatedAt: string }
  | {
      hit: 'highlight';
      highlightId: number;
      docId: number;
      /** The document's title. */
      title: string;
      /** Of the comment. */
      snippet: Snippet;
      /** The highlighted text. */
      quote: string;
      color: HighlightColor;
      updatedAt: string;
    };

export type SearchScope = 'all' | 'documents' | 'notes';
export type SearchSort = 'relevance' | 'date';

/** One value of a facet and how many matching documents carry it; `label` names a collection id. */
export interface FacetCount {
  value: string;
  count: number;
  label?: string;
}

/**
 * Counts per kind whatever the scope, for tabs (notes counts notes and
 * highlight comments), and facets over ALL matching documents: every year
 * with a match (ascending; the UI groups decades), and the 20 commonest
 * values of the others (most first).
 */
export interface SearchFacets {
  documents: number;
  notes: number;
  year: Array<{ value: number; count: number }>;
  sender: FacetCount[];
  recipient: FacetCount[];
  place: FacetCount[];
  collection: FacetCount[];
  classification: FacetCount[];
  tag: FacetCount[];
}

export interface SearchResponse {
  query: string;
  /** Documents matching (all of them, not only those in `hits`). */
  total: number;
  /** Document hits of the requested page (`offset`, `limit`), best first; empty when scope is 'notes'. */
  hits: SearchHit[];
  /** Note and highlight-comment hits, best first; empty when scope is 'documents'. */
  noteHits: NoteHit[];
  facets: SearchFacets;
  /** Where `hits` starts in the whole ranked list. */
  offset: number;
  sort: SearchSort;
  /** Which hits were asked for: the query's `in:notes` / `in:documents` when it has one, else the request's `scope`. */
  scope: SearchScope;
  /** Set when part of the query could not be read as written (unbalanced quote, unknown field…); the search ran anyway. */
  hint?: string;
}

/**
 * What changed in the library file since a client last asked, for faces that
 * stay open while another process (the CLI) writes the same library.
 */
export interface LibraryChanges {
  /** Goes up each time the core saw another process commit to the library (dossiers, notes, documents…). */
  outside: number;
  /** The documents' generation: moves with every import, deletion or metadata correction, here or elsewhere. */
  generation: number;
}

/**
 * The library's shape for the browse list, without the documents' details:
 * enough to lay out every row (volumes, chapters, enclosures, row heights)
 * and to order them by date. The details come a page at a time
 * (`library.summaries`), for the rows in view: at 100,000 documents the whole
 * list of summaries was 58 MB of JSON.
 */
export interface LibraryOutline {
  /** Volumes in library order, then 'single' (documents outside any volume) if there are any. */
  groups: Array<{ key: string; title: string }>;
  /** Distinct places in the tree: a group (index into `groups`) and the chapter headings under it. */
  paths: Array<{ group: number; chapter: string[] }>;
  /** Per document, in library order (volume, then import order). */
  ids: number[];
  /** Index into `paths`. */
  path: number[];
  /** The id of the document it is an enclosure of, 0 if none. */
  parent: number[];
  /** Characters on its title line (`titleLineChars`), for row heights before the details arrive. */
  titleChars: number[];
  /** Positions in `ids`, in date order: undated last, ties by title. */
  byDate: number[];
  /** How many of `ids` are sections (a volume's text outside its documents), so the list can count documents apart. */
  sections: number;
}

/** The volume number shown before a title, unless the title already starts with it ("No. 12. Mr. Seat to …"). */
export function numberPrefix(doc: { title: string; number: string | null }): string | null {
  if (doc.number === null || /^\s*No\.?\s*\d/i.test(doc.title)) return null;
  return `${doc.number}.`;
}

/** Characters on a document's title line in a list (number, title, enclosure mark), for the row-height estimate. */
export function titleLineChars(doc: { title: string; number: string | null; parentId: number | null }): number {
  return doc.title.length + (numberPrefix(doc)?.length ?? 0) + 1 + (doc.parentId !== null ? 7 : 0);
}

export interface LibraryOverview {
  documents: number;
  years: number[];
  senders: string[];
}

/** A document as the reader shows it. */
export interface DocumentView {
  id: number;
  meta: DocumentMeta;
  body: DocumentBody;
  placement: Placement | null;
  parent: { id: number; title: string } | null;
  enclosures: Array<{ id: number; title: string; sourceId: string | null }>;
  /** Library ids of documents the body links to, by their source-level id. */
  links: Record<string, number>;
  /** Printed pages the document spans, in order. */
  pages: string[];
  sourceFile: string | null;
  /** The user's tags on the document, sorted. */
  tags: string[];
  /** Where the user stopped reading, if saved with `document.setPosition`. */
  position: ReadingPosition | null;
}

/**
 * A note: a document's note (`docId` set; one per document, the one `notes.get`
 * and `notes.save` address) or a free-standing research note (`docId` null).
 * Bodies are Markdown; `[[doc:ID|Label]]` and `[[Title]]` link to documents.
 */
export interface Note {
  id: number;
  docId: number | null;
  /** The note's own title; a document's note without one shows the document's title. */
  title: string;
  body: string;
  tags: string[];
  /** Documents the body links to (resolved `[[…]]` links), in order of first mention. */
  links: Array<{ docId: number; title: string }>;
  createdAt: string;
  updatedAt: string;
}

/** What a soft delete returns: pass `id` to the matching `restore` call to undo. */
export interface Deleted {
  id: number;
  deletedAt: string;
  /** Deleted items are purged for good after this many days. */
  keptForDays: number;
}

/** A note citing a document (for "cited in 3 notes"). */
export interface Backlink {
  noteId: number;
  /** Set when the citing note is itself a document's note. */
  docId: number | null;
  title: string;
  /** The note text around the first link to the document. */
  snippet: string;
  updatedAt: string;
}

/** A `[[` autocomplete row; the editor writes `[[doc:ID|Title]]`. */
export interface DocSuggestion {
  id: number;
  title: string;
  date: string | null;
  /** The document's number in its volume (FRUS "No. 42"), to tell look-alike titles apart. */
  number: string | null;
  /** Title of the volume (collection) it belongs to. */
  volume: string | null;
}

/** The `[[` autocomplete's answer: the first candidates, oldest first, and how many match in all (type more to narrow). */
export interface DocSuggestions {
  total: number;
  items: DocSuggestion[];
}

export interface TagCount {
  tag: string;
  /** Documents plus notes carrying the tag. */
  count: number;
  documents: number;
  notes: number;
}

export type HighlightColor = 'yellow' | 'green' | 'blue' | 'pink';

/** W3C TextQuoteSelector: the highlighted text and up to 32 characters around it. */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C TextPositionSelector: [start, end) in the document's anchoring text. */
export interface TextPosition {
  start: number;
  end: number;
}

export interface HighlightAnchor {
  quote: TextQuote;
  position: TextPosition;
}

/**
 * A highlight anchored to a document's anchoring text (the body as plain text,
 * `bodyText`, src-shared/text/walk.ts). After a re-import the position is
 * re-found from the quote; when it cannot be, status is 'orphaned' and the
 * quote is kept so the user can still read what they marked.
 */
export interface Highlight {
  id: number;
  docId: number;
  color: HighlightColor;
  /** Markdown, or null when there is none. */
  comment: string | null;
  anchor: HighlightAnchor;
  status: 'anchored' | 'orphaned';
  /** The printed page the highlight starts on, when the edition's pages are known. */
  page: string | null;
  createdAt: string;
  updatedAt: string;
}

export type CitationStyle = 'chicago' | 'frus';

export interface Citation {
  style: CitationStyle;
  /** Plain text, titles unstyled. */
  text: string;
  /** The same with titles in *italics*. */
  markdown: string;
}

export type EditableMetaField = 'title' | 'date' | 'from' | 'to' | 'place' | 'classification';

export interface ReadingPosition {
  /** Index into `body.blocks` (top level). */
  blockIndex: number;
  /** Character offset inside that block, as the reader measures it. */
  offset: number;
  updatedAt: string;
}

/** The reader's layout and settings for this library: an opaque JSON object of the renderer's. */
export interface ReaderState {
  state: Record<string, unknown> | null;
  updatedAt: string | null;
}

/** One note as a Markdown file with YAML front matter (`notes.export`). */
export interface ExportedNoteFile {
  fileName: string;
  content: string;
}

export interface ImportedFileReport {
  file: string;
  /** Every document of the file, in file order (unchanged ones too). */
  documents: Array<{ id: number; title: string }>;
  /** Sections of the volume also imported (its text outside documents: front matter, appendices); absent means none. */
  sections?: number;
  /** New to the library; already there with changed text or metadata; already there as they are (not rewritten). */
  counts: { new: number; updated: number; unchanged: number };
}

export interface FailedFileReport {
  file: string;
  line?: number;
  message: string;
}

export interface ImportReport {
  imported: ImportedFileReport[];
  failed: FailedFileReport[];
  /** The user cancelled: files before the current one are in, the rest are not. */
  cancelled?: boolean;
}

export interface ImportProgress {
  filesDone: number;
  filesTotal: number;
  docsDone: number;
  /** Counted before the import starts; null until then. */
  docsTotal: number | null;
  bytesDone: number;
  bytesTotal: number;
  /** The file being imported now. */
  file: string | null;
}

export interface ImportJobStatus {
  id: string;
  done: boolean;
  progress: ImportProgress;
  report: ImportReport | null;
}

export type DossierPaper = 'a4' | 'letter';
/** 'full': the whole document; 'highlights': only the user's highlights, with their printed pages. */
export type DossierItemMode = 'full' | 'highlights';

/** One row of the dossier list. */
export interface DossierSummary {
  id: number;
  title: string;
  author: string;
  itemCount: number;
  updatedAt: string;
}

/** One document in a dossier; a document may sit in several dossiers. */
export interface DossierItem {
  /** The item's own id (reorder, remove, commentary address items, not documents). */
  id: number;
  docId: number;
  /** The user's commentary on this document, Markdown. */
  commentary: string;
  mode: DossierItemMode;
  /** The document as the library lists it. */
  doc: DocSummary;
}

export interface Dossier {
  id: number;
  title: string;
  author: string;
  /** Introduction, Markdown; printed on the cover. */
  introduction: string;
  /** Preferred paper for export. */
  paper: DossierPaper;
  createdAt: string;
  updatedAt: string;
  /** In printing order. */
  items: DossierItem[];
}

export interface DossierExportProgress {
  docsDone: number;
  docsTotal: number;
  /** Pages laid out so far; null before layout starts. */
  pagesDone: number | null;
}

export interface DossierExportResult {
  fileName: string;
  /** The PDF, base64 encoded (JSON carries no bytes). */
  bytesBase64: string;
  pages: number;
  /** Things the reader of the PDF should know: characters no font has, empty dossier, … */
  warnings: string[];
  /** Highlights whose text is no longer in their document: listed after it in the PDF, not painted. */
  unplacedHighlights: number;
}

export interface DossierExportStatus {
  id: string;
  done: boolean;
  progress: DossierExportProgress;
  result: DossierExportResult | null;
  /** Set when the export failed or was cancelled. */
  error: string | null;
}
