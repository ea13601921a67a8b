import type { Migration } from './migrations';

/**
 * `=word`, the word without its other forms: a second contentless full-text
 * table over the same fields, folded for case and diacritics like
 * `body_fts` but not stemmed. It starts empty; forgetting which code filled
 * the search tables makes the next open refill both from `documents`
 * (`ensure-index.ts`), as migration 5 did, because the indexed text is built
 * by code, not SQL.
 */
export const exactWordsMigration: Migration = {
  version: 10,
  name: 'unstemmed full-text index for exact words',
  sql: `
    CREATE VIRTUAL TABLE body_exact_fts USING fts5(
      title, people, place, body,
      content = '',
      contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 2'
    );
    DELETE FROM settings WHERE key = 'search.fts';
  `,
};
