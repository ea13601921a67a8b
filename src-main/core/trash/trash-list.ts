import type { TrashedDocument, TrashedDossier, TrashedDossierItem, TrashedNote, TrashedSavedSearch, TrashedWorkingSet, TrashEntry } from '../../contract';
import type { Db } from '../db/open-database';
import { parseKept } from '../library/kept-annotations';

/** Everything in the trash, newest deletion first: the read side of every soft delete. */
export function createTrashList(db: Db) {
  const q = {
    notes: db.prepare(`SELECT n.id, coalesce(nullif(n.title, ''), d.title, 'Untitled note') AS title, n.body, n.doc_id AS docId, n.deleted_at AS deletedAt
      FROM notes n LEFT JOIN documents d ON d.id = n.doc_id WHERE n.deleted_at IS NOT NULL`),
    dossiers: db.prepare(`SELECT d.id, d.title, d.introduction, d.deleted_at AS deletedAt,
        (SELECT count(*) FROM dossier_items i WHERE i.dossier_id = d.id AND i.deleted_at IS NULL) AS itemCount,
        (SELECT count(*) FROM dossier_items i WHERE i.dossier_id = d.id AND i.deleted_at IS NULL AND i.commentary <> '') AS commentaries
      FROM dossiers d WHERE d.deleted_at IS NOT NULL`),
    items: db.prepare(`SELECT i.id, i.dossier_id AS dossierId, d.title AS dossierTitle, d.deleted_at IS NOT NULL AS dossierDeleted,
        doc.title AS docTitle, i.commentary, i.deleted_at AS deletedAt
      FROM dossier_items i JOIN dossiers d ON d.id = i.dossier_id JOIN documents doc ON doc.id = i.doc_id WHERE i.deleted_at IS NOT NULL`),
    documents: db.prepare(`SELECT t.id, t.key, t.title, t.date_start AS date, t.kept_json AS kept, t.deleted_at AS deletedAt,
        n.id AS noteId, coalesce(nullif(n.title, ''), 'Untitled note') AS noteTitle
      FROM trashed_documents t LEFT JOIN notes n ON n.id = t.note_id AND n.deleted_at IS NULL`),
    dossierTitles: db.prepare('SELECT id, title FROM dossiers'),
    savedSearches: db.prepare('SELECT id, name AS title, query, deleted_at AS deletedAt FROM saved_searches WHERE deleted_at IS NOT NULL'),
    workingSets: db.prepare('SELECT id, name AS title, query, frozen_count AS frozenCount, deleted_at AS deletedAt FROM working_sets WHERE deleted_at IS NOT NULL'),
  };

  const documentEntry = (r: { id: number; key: string; title: string; date: string | null; kept: string; deletedAt: string; noteId: number | null; noteTitle: string }, dossierTitle: Map<number, string>): TrashedDocument => {
    const kept = parseKept(r.kept);
    return {
      kind: 'document',
      id: r.id,
      key: r.key,
      title: r.title,
      date: r.date,
      highlights: kept.highlights.map((h) => ({ color: h.color, exact: h.exact, comment: h.comment, createdAt: h.createdAt, updatedAt: h.updatedAt })),
      note: r.noteId === null ? null : { id: r.noteId, title: r.noteTitle },
      dossiers: kept.dossiers.flatMap((d) => {
        const title = dossierTitle.get(d.dossierId);
        return title === undefined ? [] : [{ dossierId: d.dossierId, title, commentary: d.commentary }];
      }),
      tags: kept.tags,
      deletedAt: r.deletedAt,
    };
  };

  return {
    list(): TrashEntry[] {
      const dossierTitle = new Map((q.dossierTitles.all() as Array<{ id: number; title: string }>).map((d) => [d.id, d.title]));
      const entries: TrashEntry[] = [
        ...(q.notes.all() as Array<Omit<TrashedNote, 'kind'>>).map((r): TrashedNote => ({ kind: 'note', ...r })),
        ...(q.dossiers.all() as Array<Omit<TrashedDossier, 'kind'>>).map((r): TrashedDossier => ({ kind: 'dossier', ...r })),
        ...(q.items.all() as Array<Omit<TrashedDossierItem, 'kind' | 'dossierDeleted'> & { dossierDeleted: number }>).map(
          (r): TrashedDossierItem => ({ kind: 'dossier-item', ...r, dossierDeleted: r.dossierDeleted === 1 }),
        ),
        ...(q.documents.all() as Parameters<typeof documentEntry>[0][]).map((r) => documentEntry(r, dossierTitle)),
        ...(q.savedSearches.all() as Array<Omit<TrashedSavedSearch, 'kind'>>).map((r): TrashedSavedSearch => ({ kind: 'saved-search', ...r })),
        ...(q.workingSets.all() as Array<Omit<TrashedWorkingSet, 'kind'>>).map((r): TrashedWorkingSet => ({ kind: 'working-set', ...r })),
      ];
      return entries.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
    },
  };
}
