import { z } from 'zod';
import type { DocumentBody, DocumentMeta, Placement } from '@shared/model/document';
import { reads, returns, writes } from './call';
import { id } from './common';

/** One document: reading it, correcting its metadata, citing it, and the reader's saved place and layout. */

/** Reader state is a small blob; anything bigger is a renderer bug, not a layout. */
export const READER_STATE_MAX_BYTES = 64 * 1024;
const jsonBytes = (value: unknown): number => new TextEncoder().encode(JSON.stringify(value)).length;

export const documentCalls = {
  'document.get': reads(z.object({ id }).strict(), returns<DocumentView>()),
  /** `value` as typed by the user; null reverts to the imported value. Dates: 'YYYY', 'YYYY-MM', 'YYYY-MM-DD', 'YYYY-MM-DDTHH:MM', or 'start/end'. */
  'document.editMeta': writes(
    z
      .object({
        id,
        field: z.enum(['title', 'date', 'from', 'to', 'place', 'classification']),
        value: z.string().trim().min(1).max(2000).nullable(),
      })
      .strict(),
    /** The document as the reader shows it now, with the corrected field. */
    returns<DocumentView>(),
  ),
  /** `page` cites one printed page; `highlightId` cites the page the highlight falls on. */
  'document.cite': reads(
    z
      .object({
        id,
        style: z.enum(['chicago', 'frus']),
        page: z.string().trim().min(1).max(20).optional(),
        highlightId: id.optional(),
      })
      .strict(),
    returns<Citation>(),
  ),
  'document.setPosition': writes(
    z.object({ id, blockIndex: z.number().int().min(0).max(10_000_000), offset: z.number().int().min(0).max(1_000_000_000) }).strict(),
    returns<ReadingPosition>(),
  ),
  'reader.getState': reads(z.object({}).strict(), returns<ReaderState>()),
  'reader.setState': writes(
    z
      .object({
        state: z
          .record(z.string(), z.unknown())
          .refine((s) => jsonBytes(s) <= READER_STATE_MAX_BYTES, { message: `reader state is over ${READER_STATE_MAX_BYTES / 1024} KB` }),
      })
      .strict(),
    returns<ReaderState>(),
  ),
};

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

export type EditableMetaField = 'title' | 'date' | 'from' | 'to' | 'place' | 'classification';

export type CitationStyle = 'chicago' | 'frus';

export interface Citation {
  style: CitationStyle;
  /** Plain text, titles unstyled. */
  text: string;
  /** The same with titles in *italics*. */
  markdown: string;
}

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
