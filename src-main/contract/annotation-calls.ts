import { z } from 'zod';
import type {
  Backlink,
  Citation,
  Deleted,
  DocSuggestions,
  DocumentView,
  ExportedNoteFile,
  Highlight,
  Note,
  ReaderState,
  ReadingPosition,
  TagCount,
} from './views';

/**
 * Calls for reading and annotating: highlights, notes and their links, tags,
 * metadata corrections, citations and the reader's saved state. Spread into
 * `argSchemas` and `Results` in api.ts.
 */

const id = z.number().int().positive();
const markdown = z.string().max(5_000_000);
const noteTitle = z.string().max(500);
export const TAG_MAX = 100;
const tag = z.string().trim().min(1).max(TAG_MAX);
const color = z.enum(['yellow', 'green', 'blue', 'pink']);

/** Reader state is a small blob; anything bigger is a renderer bug, not a layout. */
export const READER_STATE_MAX_BYTES = 64 * 1024;
const jsonBytes = (value: unknown): number => new TextEncoder().encode(JSON.stringify(value)).length;

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

export const annotationArgSchemas = {
  /** `value` as typed by the user; null reverts to the imported value. Dates: 'YYYY', 'YYYY-MM', 'YYYY-MM-DD', 'YYYY-MM-DDTHH:MM', or 'start/end'. */
  'document.editMeta': z
    .object({
      id,
      field: z.enum(['title', 'date', 'from', 'to', 'place', 'classification']),
      value: z.string().trim().min(1).max(2000).nullable(),
    })
    .strict(),
  /** `page` cites one printed page; `highlightId` cites the page the highlight falls on. */
  'document.cite': z
    .object({
      id,
      style: z.enum(['chicago', 'frus']),
      page: z.string().trim().min(1).max(20).optional(),
      highlightId: id.optional(),
    })
    .strict(),
  'document.setPosition': z
    .object({ id, blockIndex: z.number().int().min(0).max(10_000_000), offset: z.number().int().min(0).max(1_000_000_000) })
    .strict(),
  'documents.backlinks': z.object({ docId: id }).strict(),
  /**
   * For `[[` autocomplete: documents matching every typed term — a word starting a word of the title or of a
   * sender's or recipient's name, a date (`1900`, `1900-07`, `1900-07-14`), a document number (`42`, `No. 42`).
   */
  'documents.suggest': z.object({ prefix: z.string().max(300), limit: z.number().int().min(1).max(100).optional() }).strict(),
  /** All live notes (document notes and free-standing), most recently updated first. */
  'notes.list': z.object({ tag: tag.optional() }).strict(),
  'notes.open': z.object({ id }).strict(),
  /** A free-standing research note. */
  'notes.create': z.object({ title: noteTitle.optional(), body: markdown.optional(), tags: z.array(tag).max(100).optional() }).strict(),
  'notes.update': z.object({ id, title: noteTitle.optional(), body: markdown.optional() }).strict(),
  'notes.delete': z.object({ id }).strict(),
  'notes.restore': z.object({ id }).strict(),
  'notes.export': z.object({}).strict(),
  /** Replaces the target's tags. */
  'tags.set': z
    .object({
      target: z.union([z.object({ docId: id }).strict(), z.object({ noteId: id }).strict()]),
      tags: z.array(tag).max(100),
    })
    .strict(),
  'tags.list': z.object({}).strict(),
  'highlights.list': z.object({ docId: id }).strict(),
  'highlights.create': z.object({ docId: id, color, comment: z.string().max(100_000).optional(), anchor }).strict(),
  /** `comment: null` removes the comment. */
  'highlights.update': z.object({ id, color: color.optional(), comment: z.string().max(100_000).nullable().optional() }).strict(),
  'highlights.delete': z.object({ id }).strict(),
  'highlights.restore': z.object({ id }).strict(),
  'reader.getState': z.object({}).strict(),
  'reader.setState': z
    .object({
      state: z
        .record(z.string(), z.unknown())
        .refine((s) => jsonBytes(s) <= READER_STATE_MAX_BYTES, { message: `reader state is over ${READER_STATE_MAX_BYTES / 1024} KB` }),
    })
    .strict(),
} as const;

export interface AnnotationResults {
  /** The document as the reader shows it now, with the corrected field. */
  'document.editMeta': DocumentView;
  'document.cite': Citation;
  'document.setPosition': ReadingPosition;
  'documents.backlinks': Backlink[];
  'documents.suggest': DocSuggestions;
  'notes.list': Note[];
  'notes.open': Note;
  'notes.create': Note;
  'notes.update': Note;
  'notes.delete': Deleted;
  'notes.restore': Note;
  /** One Markdown file per live note; the CLI writes them, the UI offers them for download. */
  'notes.export': ExportedNoteFile[];
  'tags.set': { tags: string[] };
  'tags.list': TagCount[];
  'highlights.list': Highlight[];
  'highlights.create': Highlight;
  'highlights.update': Highlight;
  'highlights.delete': Deleted;
  'highlights.restore': Highlight;
  'reader.getState': ReaderState;
  'reader.setState': ReaderState;
}
