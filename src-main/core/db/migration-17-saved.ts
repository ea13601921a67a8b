import type { Migration } from './migrations';

/**
 * Saved searches and working sets (issue 17 §3). A saved search keeps the
 * query with the filters chosen beside it, to run again. A working set is a
 * result set frozen under a name: its documents are kept by their key (not
 * their row id), so a document deleted and imported again is a member again,
 * and the count at freezing is kept to tell how many are left. Both are user
 * data: deleted softly (`deleted_at`) into the trash, purged with it.
 */
export const savedMigration: Migration = {
  version: 17,
  name: 'saved searches and working sets',
  sql: `
    CREATE TABLE saved_searches (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      query TEXT NOT NULL,
      filters_json TEXT NOT NULL,       -- years, facet choices, scope, sort, set (saved-query.ts)
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    );
    CREATE UNIQUE INDEX saved_searches_name ON saved_searches(name COLLATE NOCASE) WHERE deleted_at IS NULL;
    CREATE TABLE working_sets (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      query TEXT NOT NULL,              -- what was searched when it was frozen
      filters_json TEXT NOT NULL,
      frozen_count INTEGER NOT NULL,    -- documents matching then
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    );
    CREATE UNIQUE INDEX working_sets_name ON working_sets(name COLLATE NOCASE) WHERE deleted_at IS NULL;
    CREATE TABLE working_set_docs (
      set_id INTEGER NOT NULL REFERENCES working_sets(id) ON DELETE CASCADE,
      doc_key TEXT NOT NULL,
      PRIMARY KEY (set_id, doc_key)
    ) WITHOUT ROWID;
  `,
};
