import { z } from 'zod';
import { returns, writes } from './call';
import { id } from './common';
import type { Deleted } from './trash';

const color = z.enum(['yellow', 'green', 'blue', 'pink']);

const anchor = z
  .object({
    quote: z
      .object({
        exact: z.string().min(1).max(50_000),
        /** Filled in from the text when omitted. */
        prefix: z.string().max(200).optional(),
        suffix: z.string().max(200).optional(),
      })
      .strict(),
    position: z
      .object({ start: z.number().int().min(0), end: z.number().int().min(1) })
      .strict()
      .refine((p) => p.end > p.start, { message: 'end must be after start' }),
  })
  .strict();

/** Highlights on a document's text, with their comments. */
export const highlightCalls = {
  /** A write: highlights whose stored position went stale are placed again from their quote. */
  'highlights.list': writes(z.object({ docId: id }).strict(), returns<Highlight[]>()),
  'highlights.create': writes(z.object({ docId: id, color, comment: z.string().max(100_000).optional(), anchor }).strict(), returns<Highlight>()),
  /** `comment: null` removes the comment. */
  'highlights.update': writes(
    z.object({ id, color: color.optional(), comment: z.string().max(100_000).nullable().optional() }).strict(),
    returns<Highlight>(),
  ),
  'highlights.delete': writes(z.object({ id }).strict(), returns<Deleted>()),
  'highlights.restore': writes(z.object({ id }).strict(), returns<Highlight>()),
};

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
