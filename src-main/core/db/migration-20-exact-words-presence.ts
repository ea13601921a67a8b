import type { Migration } from './migrations';

/**
 * `=word` asks the unstemmed table only which documents hold a word or a
 * prefix, never where (the parser makes exact words single terms, outside
 * phrases and NEAR). So the table keeps document ids alone (`detail=none`):
 * writing it cost 130 µs a document with positions, 36 µs without. It starts
 * empty and is refilled from `documents` at the next open (`ensure-index.ts`,
 * setting `search.exact`), leaving the stemmed table as it is.
 */
export const exactWordsPresenceMigration: Migration = {
  version: 20,
  name: 'unstemmed full-text index without positions',
  sql: `
    DROP TABLE body_exact_fts;
    CREATE VIRTUAL TABLE body_exact_fts USING fts5(
      title, people, place, body,
      content = '',
      contentless_delete = 1,
      detail = none,
      tokenize = 'unicode61 remove_diacritics 2'
    );
    DELETE FROM settings WHERE key = 'search.exact';
  `,
};
