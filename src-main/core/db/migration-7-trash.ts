import type { Migration } from './migrations';

/**
 * Nothing the user wrote goes at one click. Dossiers and their items are
 * deleted softly (`deleted_at`), like notes, and purged after 30 days. A
 * deleted document's annotations (highlights with their comments, the note it
 * had, its dossier places with their commentary, tags and metadata
 * corrections) are kept by the document's key in `trashed_documents`, and come
 * back attached when the same document is imported again.
 */
export const trashMigration: Migration = {
  version: 7,
  name: 'trash: soft-deleted dossiers and items, annotations of deleted documents',
  sql: `
    ALTER TABLE dossiers ADD COLUMN deleted_at TEXT;
    ALTER TABLE dossier_items ADD COLUMN deleted_at TEXT;
    CREATE INDEX dossiers_deleted ON dossiers(deleted_at) WHERE deleted_at IS NOT NULL;
    CREATE INDEX dossier_items_deleted ON dossier_items(deleted_at) WHERE deleted_at IS NOT NULL;

    CREATE TABLE trashed_documents (
      id INTEGER PRIMARY KEY,
      key TEXT NOT NULL UNIQUE,
      title TEXT NOT NULL,
      date_start TEXT,
      -- The document's note lives on as a free-standing note; it is re-attached on re-import.
      note_id INTEGER REFERENCES notes(id) ON DELETE SET NULL,
      -- Highlights, dossier places, tags and metadata corrections as they were (see document-trash.ts).
      kept_json TEXT NOT NULL,
      deleted_at TEXT NOT NULL
    );
    CREATE INDEX trashed_documents_deleted ON trashed_documents(deleted_at);
  `,
};
