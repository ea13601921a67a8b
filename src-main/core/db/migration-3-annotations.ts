import type { Migration } from './migrations';

/**
 * Reading and annotating: notes become rows of their own (a document's note or
 * a free-standing research note), with links, tags, highlights, metadata
 * corrections and reading positions. Deletions are soft (`deleted_at`) so the
 * UI can undo them; rows deleted more than 30 days ago are purged at open.
 */
export const annotationsMigration: Migration = {
  version: 3,
  name: 'notes, links, tags, highlights, metadata edits, reading positions',
  sql: `
    CREATE TABLE notes_v3 (
      id INTEGER PRIMARY KEY,
      doc_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
      title TEXT NOT NULL DEFAULT '',
      body TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    );
    INSERT INTO notes_v3 (id, doc_id, title, body, created_at, updated_at)
      SELECT id, doc_id, '', body, created_at, updated_at FROM notes;
    DROP TABLE notes;
    ALTER TABLE notes_v3 RENAME TO notes;
    -- One document note per document; free-standing notes have no document.
    CREATE UNIQUE INDEX notes_doc ON notes(doc_id) WHERE doc_id IS NOT NULL;
    CREATE INDEX notes_deleted ON notes(deleted_at) WHERE deleted_at IS NOT NULL;

    CREATE TABLE note_links (
      note_id INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
      doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      ord INTEGER NOT NULL,
      PRIMARY KEY (note_id, doc_id)
    ) WITHOUT ROWID;
    CREATE INDEX note_links_doc ON note_links(doc_id);

    CREATE TABLE doc_tags (
      doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      tag TEXT NOT NULL COLLATE NOCASE,
      PRIMARY KEY (doc_id, tag)
    ) WITHOUT ROWID;
    CREATE INDEX doc_tags_tag ON doc_tags(tag);
    CREATE TABLE note_tags (
      note_id INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
      tag TEXT NOT NULL COLLATE NOCASE,
      PRIMARY KEY (note_id, tag)
    ) WITHOUT ROWID;
    CREATE INDEX note_tags_tag ON note_tags(tag);

    CREATE TABLE highlights (
      id INTEGER PRIMARY KEY,
      doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      color TEXT NOT NULL CHECK (color IN ('yellow', 'green', 'blue', 'pink')),
      comment TEXT,
      exact TEXT NOT NULL,
      prefix TEXT NOT NULL,
      suffix TEXT NOT NULL,
      pos_start INTEGER NOT NULL,
      pos_end INTEGER NOT NULL,
      status TEXT NOT NULL DEFAULT 'anchored' CHECK (status IN ('anchored', 'orphaned')),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    );
    CREATE INDEX highlights_doc ON highlights(doc_id);

    -- The user's corrections of imported metadata, re-applied after every re-import.
    CREATE TABLE meta_edits (
      doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      field TEXT NOT NULL,
      value_json TEXT NOT NULL,
      edited_at TEXT NOT NULL,
      PRIMARY KEY (doc_id, field)
    ) WITHOUT ROWID;

    CREATE TABLE reading_positions (
      doc_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
      block_index INTEGER NOT NULL,
      char_offset INTEGER NOT NULL,
      updated_at TEXT NOT NULL
    );

    -- Contentless like body_fts: the text lives in notes / highlights, rows keyed by their id.
    CREATE VIRTUAL TABLE notes_fts USING fts5(
      title, body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE VIRTUAL TABLE comments_fts USING fts5(
      comment, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
    );
    INSERT INTO notes_fts (rowid, title, body) SELECT id, title, body FROM notes;
  `,
};
