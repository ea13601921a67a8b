import type { DocumentMeta, Placement } from '../../../src-shared/model/document';
import type { CandidateLookup } from './candidate-lookup';
import type { FoundLink } from './found-link';
import type { LinkInputs } from './link-inputs';

/** A document as the finders see it. */
export interface LinkDoc {
  id: number;
  meta: DocumentMeta;
  placement: Placement | null;
  /** The body's text as `show ID --json` gives it (the shared walker's), for references found in the text. */
  plainText: string;
  /** What the finders read of its body (`link-inputs.ts`). */
  inputs: LinkInputs;
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
  /** Documents by serial and by day, for references found in the text (one lookup per pass: it caches by year). */
  readonly candidates: CandidateLookup;
}

/**
 * Finds the links of one document. Pure: everything it needs about the rest
 * of the library comes through `ctx`. Offsets are in the shared walker's
 * text with footnotes (`walkText(body, …, { footnotes: true })`).
 */
export type LinkFinder = (doc: LinkDoc, ctx: LinkContext) => FoundLink[];
