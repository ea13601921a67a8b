import { z } from 'zod';
import { reads, returns, writes } from './call';
import { id, noArg, tag } from './common';
import type { Deleted } from './trash';

const markdown = z.string().max(5_000_000);
const noteTitle = z.string().max(500);

/** The user's notes: a document's note, free-standing research notes, their links to documents, their export. */
export const noteCalls = {
  /** The document's note; null while it has none. */
  'notes.get': reads(z.object({ docId: id }).strict(), returns<Note | null>()),
  'notes.save': writes(z.object({ docId: id, body: markdown }).strict(), returns<Note>()),
  /** All live notes (document notes and free-standing), most recently updated first. */
  'notes.list': reads(z.object({ tag: tag.optional() }).strict(), returns<Note[]>()),
  'notes.open': reads(z.object({ id }).strict(), returns<Note>()),
  /** A free-standing research note. */
  'notes.create': writes(
    z.object({ title: noteTitle.optional(), body: markdown.optional(), tags: z.array(tag).max(100).optional() }).strict(),
    returns<Note>(),
  ),
  'notes.update': writes(z.object({ id, title: noteTitle.optional(), body: markdown.optional() }).strict(), returns<Note>()),
  'notes.delete': writes(z.object({ id }).strict(), returns<Deleted>()),
  'notes.restore': writes(z.object({ id }).strict(), returns<Note>()),
  /** One Markdown file per live note; the CLI writes them, the UI offers them for download. */
  'notes.export': reads(noArg, returns<ExportedNoteFile[]>()),
  /** Notes citing the document. */
  'documents.backlinks': reads(z.object({ docId: id }).strict(), returns<Backlink[]>()),
};

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

/** One note as a Markdown file with YAML front matter (`notes.export`). */
export interface ExportedNoteFile {
  fileName: string;
  content: string;
}
