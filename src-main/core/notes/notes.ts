import { ChanceryError, type Backlink, type Deleted, type Note } from '../../contract';
import type { Db } from '../db/open-database';
import type { DocTitles } from '../library/doc-titles';
import type { Tags } from '../library/tags';
import type { TitleLookup } from '../search/title-lookup';
import { linkSnippet } from './link-snippet';
import { parseLinks, type NoteLink } from '../../../src-shared/notes/note-links';
import { createNoteRepository, type NoteRow } from './note-repository';
import { createRevisionStore } from '../revisions/revision-store';

export const KEEP_DELETED_NOTES_DAYS = 30;
const UNTITLED = 'Untitled note';

export interface NotesDeps {
  db: Db;
  tags: Tags;
  titles: DocTitles;
  lookup: TitleLookup;
  now?: () => string;
}

/**
 * The user's notes: one note per document (`get`/`save` by document id, as the
 * reader's autosave uses them) and free-standing research notes. Every write
 * is one transaction covering the note, its full-text row and its links.
 */
export function createNotes({ db, tags, titles, lookup, now = () => new Date().toISOString() }: NotesDeps) {
  const rows = createNoteRepository(db);
  const history = createRevisionStore(db, now);
  const remember = (id: number): void => {
    const r = rows.get(id);
    if (r) history.record({ kind: 'note', id }, { title: r.title, body: r.body });
  };

  const toNote = (r: NoteRow): Note => ({
    id: r.id,
    docId: r.doc_id,
    title: r.title || r.doc_title || UNTITLED,
    body: r.body,
    tags: tags.ofNote(r.id),
    links: rows.links(r.id),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  });

  /** Document ids the links point to, in order of first mention; unresolvable links are left out. */
  const resolve = (links: readonly NoteLink[]): number[] => {
    const direct = links.flatMap((l) => ('docId' in l.target ? [l.target.docId] : []));
    const existing = new Set(titles.of(direct).map((r) => r.id));
    const ids = links.flatMap((l) => {
      if ('docId' in l.target) return existing.has(l.target.docId) ? [l.target.docId] : [];
      const found = lookup.withTitle(l.target.title);
      return found.length === 1 && found[0] ? [found[0].id] : [];
    });
    return [...new Set(ids)];
  };

  const liveRow = (id: number): NoteRow => {
    const r = rows.get(id);
    if (!r || r.deleted_at !== null) throw new ChanceryError('not-found', `Note ${id} not found`);
    return r;
  };
  const opened = (id: number): Note => toNote(liveRow(id));

  return {
    /** The document's note, or null when it has none (or it was deleted). */
    get(docId: number): Note | null {
      const r = rows.ofDocument(docId);
      return r ? toNote(r) : null;
    },
    /** Writes the document's note. */
    save(docId: number, body: string): Note {
      if (titles.of([docId]).length === 0) throw new ChanceryError('not-found', `Document ${docId} not found`);
      const id = db.transaction(() => {
        const noteId = rows.saveDocNote(docId, body, now());
        rows.setLinks(noteId, resolve(parseLinks(body)));
        remember(noteId);
        return noteId;
      })();
      return opened(id);
    },
    open: opened,
    list(f: { tag?: string } = {}): Note[] {
      return rows.live(f.tag ?? null).map(toNote);
    },
    create(n: { title?: string; body?: string; tags?: string[] }): Note {
      const body = n.body ?? '';
      const id = db.transaction(() => {
        const noteId = rows.createFree(n.title?.trim() || UNTITLED, body, now());
        rows.setLinks(noteId, resolve(parseLinks(body)));
        if (n.tags) tags.setForNote(noteId, n.tags);
        remember(noteId);
        return noteId;
      })();
      return opened(id);
    },
    update(id: number, patch: { title?: string; body?: string }): Note {
      const r = liveRow(id);
      const body = patch.body ?? r.body;
      db.transaction(() => {
        rows.update(id, patch.title === undefined ? r.title : patch.title.trim(), body, now());
        if (patch.body !== undefined) rows.setLinks(id, resolve(parseLinks(body)));
        remember(id);
      })();
      return opened(id);
    },
    delete(id: number): Deleted {
      liveRow(id);
      const at = now();
      db.transaction(() => {
        history.seal({ kind: 'note', id });
        rows.setDeleted(id, at);
      })();
      return { id, deletedAt: at, keptForDays: KEEP_DELETED_NOTES_DAYS };
    },
    restore(id: number): Note {
      const r = rows.get(id);
      if (!r) throw new ChanceryError('not-found', `Note ${id} not found (deleted notes are kept ${KEEP_DELETED_NOTES_DAYS} days)`);
      // Restoring a live note (e.g. a document's note written again since) changes nothing.
      rows.setDeleted(id, null);
      return opened(id);
    },
    /** Live notes linking to `docId`, with the text around the link. */
    backlinks(docId: number): Backlink[] {
      const title = (id: number): string | null => titles.of([id])[0]?.title ?? null;
      return rows.citing(docId).map((r) => ({
        noteId: r.id,
        docId: r.doc_id,
        title: r.title || r.doc_title || UNTITLED,
        snippet: linkSnippet(r.body, docId, (l) => resolve([l])[0] === docId, title),
        updatedAt: r.updated_at,
      }));
    },
    tagsOf: (id: number): string[] => tags.ofNote(liveRow(id).id),
    setTags(id: number, list: readonly string[]): string[] {
      liveRow(id);
      return tags.setForNote(id, list);
    },
    purgeDeletedBefore: rows.purgeDeletedBefore,
  };
}

export type Notes = ReturnType<typeof createNotes>;
