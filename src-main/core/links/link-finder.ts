import type { DocumentBody, Placement } from '../../../src-shared/model/document';
import type { FoundLink } from './found-link';

/** A document as the finders see it. */
export interface LinkDoc {
  id: number;
  body: DocumentBody;
  placement: Placement | null;
}

/** One document on a printed page, in reading order. */
export interface PageEntry {
  id: number;
  /** True when the document begins on this page (false: it runs on from an earlier one). */
  starts: boolean;
  /** A volume's text outside its documents (front matter, chapter text, index). */
  section: boolean;
}

/** What the library knows, for resolving one document's links. */
export interface LinkContext {
  /** Library id of a document of `collection` by its source-level id (TEI xml:id). */
  bySourceId(collection: string, sourceId: string): number | null;
  /** The documents on printed page `page` of `collection`, in reading order. */
  onPage(collection: string, page: string): readonly PageEntry[];
  /** The title of an imported collection, or null when it is not in the library. */
  collectionTitle(collection: string): string | null;
}

/**
 * Finds the links of one document. Pure: everything it needs about the rest
 * of the library comes through `ctx`. Offsets are in the shared walker's
 * text with footnotes (`walkText(body, …, { footnotes: true })`).
 */
export type LinkFinder = (doc: LinkDoc, ctx: LinkContext) => FoundLink[];
