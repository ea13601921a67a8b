import { ChanceryError, type EditableMetaField } from '../../contract';
import type { Db } from '../db/open-database';
import type { DocumentMeta } from '../../../src-shared/model/document';
import { toIndexEntry } from '../search/index-entry';
import type { SearchIndex } from '../search/search-index';
import type { DocumentRepository } from './document-repository';
import { applyEdit, revertEdit, parseEditValue, type EditValue } from './meta-edit-values';
import type { Settings } from './settings';

export interface MetaEditsDeps {
  db: Db;
  repo: DocumentRepository;
  index: SearchIndex;
  settings: Settings;
  now: () => string;
}

/**
 * The user's corrections of imported metadata. Each is kept in `meta_edits`
 * and applied over the imported metadata in `documents.meta_json`, the derived
 * columns (title, date, year, sender) and the search index — all in one
 * transaction — and applied again whenever the document is re-imported.
 */
export function createMetaEdits({ db, repo, index, settings, now }: MetaEditsDeps) {
  const put = db.prepare(`
    INSERT INTO meta_edits (doc_id, field, value_json, edited_at) VALUES (?, ?, ?, ?)
    ON CONFLICT(doc_id, field) DO UPDATE SET value_json = excluded.value_json, edited_at = excluded.edited_at`);
  const remove = db.prepare('DELETE FROM meta_edits WHERE doc_id = ? AND field = ?');
  const ofDoc = db.prepare('SELECT field, value_json FROM meta_edits WHERE doc_id = ?');

  const editsOf = (docId: number): EditValue[] =>
    (ofDoc.all(docId) as Array<{ field: EditValue['field']; value_json: string }>).map(
      (r) => ({ field: r.field, value: JSON.parse(r.value_json) as unknown }) as EditValue,
    );

  return {
    /** Applies (or with null, reverts) one correction; returns the document's metadata as now shown. */
    edit(id: number, field: EditableMetaField, value: string | null): DocumentMeta {
      const doc = repo.get(id);
      if (!doc) throw new ChanceryError('not-found', `Document ${id} not found`);
      const meta = value === null ? revertEdit(doc.meta, field) : applyEdit(doc.meta, parseEditValue(field, value));
      try {
        db.transaction(() => {
          if (value === null) remove.run(id, field);
          else put.run(id, field, JSON.stringify(meta[field]?.value), now());
          repo.updateMeta(id, meta);
          index.add(id, toIndexEntry(meta, doc.body, doc.plainText, doc.placement));
          index.flush();
          settings.bumpGeneration();
        })();
      } catch (err) {
        // The in-memory index is not transactional: put back what SQLite still says.
        index.discard();
        index.addToMemory(id, toIndexEntry(doc.meta, doc.body, doc.plainText, doc.placement));
        throw err;
      }
      // The title index's copy is written at close: 25 MB at 100,000 documents for one title.
      index.persist(settings.generation(), { deferTitles: true });
      return meta;
    },
    /**
     * After the document was saved from an import (inside the import's
     * transaction): the user's corrections over the newly imported metadata.
     */
    /** The imported metadata with the user's corrections over it, writing nothing (a re-import compares it with what is stored). */
    corrected(id: number, imported: DocumentMeta): DocumentMeta {
      const edits = editsOf(id);
      return edits.length === 0 ? imported : edits.reduce(applyEdit, imported);
    },
    reapply(id: number, imported: DocumentMeta): DocumentMeta {
      const edits = editsOf(id);
      if (edits.length === 0) return imported;
      const meta = edits.reduce(applyEdit, imported);
      repo.updateMeta(id, meta);
      return meta;
    },
  };
}

export type MetaEdits = ReturnType<typeof createMetaEdits>;
