/**
 * Versioned schema. Each entry runs once, in its own transaction, and is
 * recorded in `PRAGMA user_version`. Never edit a released migration: add one.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = [
  {
    version: 1,
    name: 'init',
    sql: `
      CREATE TABLE collections (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        published TEXT
      );
      CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        format TEXT NOT NULL,
        title TEXT NOT NULL,
        date_start TEXT,
        date_end TEXT,
        year INTEGER,
        sender TEXT,
        kind TEXT,
        collection_id TEXT REFERENCES collections(id),
        source_id TEXT,
        parent_source_id TEXT,
        number TEXT,
        meta_json TEXT NOT NULL,
        body_json TEXT NOT NULL,
        placement_json TEXT,
        plain_text TEXT NOT NULL,
        source_file TEXT,
        imported_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX documents_year ON documents(year);
      CREATE INDEX documents_collection ON documents(collection_id, source_id);
      CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        doc_id INTEGER NOT NULL UNIQUE REFERENCES documents(id) ON DELETE CASCADE,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
      CREATE TABLE search_cache (
        key TEXT PRIMARY KEY,
        data TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'body full-text index',
    // Contentless: the text already lives in documents.plain_text; only the index is stored.
    sql: `
      CREATE VIRTUAL TABLE body_fts USING fts5(
        body,
        content = '',
        contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2'
      );
      DELETE FROM search_cache;
    `,
  },
];
