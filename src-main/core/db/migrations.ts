import { annotationsMigration } from './migration-3-annotations';
import { searchMigration } from './migration-5-search';
import { outlineMigration } from './migration-6-outline';
import { trashMigration } from './migration-7-trash';
import { revisionsMigration } from './migration-8-revisions';
import { sectionsMigration } from './migration-9-sections';
import { exactWordsMigration } from './migration-10-exact-words';
import { linksMigration } from './migration-11-links';
import { sourceMarksMigration } from './migration-12-source-marks';
import { termsMigration } from './migration-14-terms';
import { peopleMigration } from './migration-15-people';
import { savedMigration } from './migration-17-saved';
import { researchLogMigration } from './migration-18-research-log';
import { sourceMarksInCodeMigration } from './migration-19-source-marks-in-code';
import { exactWordsPresenceMigration } from './migration-20-exact-words-presence';

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
  annotationsMigration,
  {
    version: 4,
    name: 'source dossiers',
    // A document may sit in many dossiers but only once in each; items carry the user's
    // commentary and print mode, so they are rows of their own, ordered by `position`.
    sql: `
      CREATE TABLE dossiers (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        author TEXT NOT NULL DEFAULT '',
        introduction TEXT NOT NULL DEFAULT '',
        paper TEXT NOT NULL DEFAULT 'a4' CHECK (paper IN ('a4', 'letter')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE dossier_items (
        id INTEGER PRIMARY KEY,
        dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        commentary TEXT NOT NULL DEFAULT '',
        mode TEXT NOT NULL DEFAULT 'full' CHECK (mode IN ('full', 'highlights')),
        added_at TEXT NOT NULL,
        UNIQUE (dossier_id, doc_id)
      );
      CREATE INDEX dossier_items_order ON dossier_items(dossier_id, position);
      CREATE INDEX dossier_items_doc ON dossier_items(doc_id);
    `,
  },
  searchMigration,
  outlineMigration,
  trashMigration,
  revisionsMigration,
  sectionsMigration,
  exactWordsMigration,
  linksMigration,
  sourceMarksMigration,
  termsMigration,
  peopleMigration,
  savedMigration,
  researchLogMigration,
  sourceMarksInCodeMigration,
  exactWordsPresenceMigration,
];
