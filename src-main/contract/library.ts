import { z } from 'zod';
import type { Collection } from '@shared/model/document';
import { reads, returns, writes } from './call';
import { id, noArg, tag } from './common';

/** The library as a whole: its list, its shape for browsing, deleting documents, changes made elsewhere. */
export const libraryCalls = {
  'library.overview': reads(noArg, returns<LibraryOverview>()),
  /** `tag`: only documents carrying this tag (case-insensitive). */
  'library.list': reads(z.object({ tag: tag.optional() }).strict(), returns<DocSummary[]>()),
  /** The browse list's shape; the rows' details come from `library.summaries`. */
  'library.outline': reads(noArg, returns<LibraryOutline>()),
  'library.summaries': reads(z.object({ ids: z.array(id).max(1000) }).strict(), returns<DocSummary[]>()),
  /** Deletes documents for good; notes keep their text, their links to these documents are dropped. */
  'library.delete': writes(z.object({ ids: z.array(id).min(1).max(100_000) }).strict(), returns<{ deleted: number }>()),
  /**
   * Cheap, for polling: has another process (the CLI) changed the library? The app refreshes its lists when so.
   * Announced like a write: reloading the search index must not run inside an import's transaction.
   */
  'library.changes': writes(noArg, returns<LibraryChanges>()),
};

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

export interface LibraryOverview {
  documents: number;
  years: number[];
  senders: string[];
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
