import type { Migration } from './migrations';

/**
 * Search at archive scale: the full-text table gains the short fields (so one
 * FTS5 expression answers AND/OR/NOT/phrase queries over every field) and the
 * Porter stemmer (`telegram` finds `telegrams`). The table starts empty; the
 * search module refills it from `documents` at the next open, because the
 * indexed text (footnotes, apparatus) is built by code, not SQL.
 */
export const searchMigration: Migration = {
  version: 5,
  name: 'stemmed full-text index over all fields',
  sql: `
    DROP TABLE body_fts;
    CREATE VIRTUAL TABLE body_fts USING fts5(
      title, people, place, body,
      content = '',
      contentless_delete = 1,
      tokenize = 'porter unicode61 remove_diacritics 2'
    );
    DELETE FROM settings WHERE key = 'search.fts';
    DELETE FROM search_cache;
  `,
};
