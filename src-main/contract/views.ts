import type { Collection, DocumentBody, DocumentMeta, Placement } from '../core/model/document';

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
}

export interface Snippet {
  text: string;
  /** [start, end) offsets into `text` of the matched terms. */
  highlights: Array<[number, number]>;
}

export interface SearchHit extends DocSummary {
  score: number;
  snippet: Snippet;
}

export interface SearchResponse {
  query: string;
  total: number;
  hits: SearchHit[];
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
}

export interface Note {
  docId: number;
  body: string;
  updatedAt: string;
}

export interface ImportedFileReport {
  file: string;
  documents: Array<{ id: number; title: string }>;
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
