import type { Migration } from './migrations';

/**
 * The research log (issue 17 §6), opt-in (setting `researchLog.on`): each
 * search with its filters and count, each export with its format and file
 * name, kept in the library for a thesis's method appendix.
 */
export const researchLogMigration: Migration = {
  version: 18,
  name: 'research log',
  sql: `
    CREATE TABLE research_log (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('search', 'export')),
      query TEXT NOT NULL DEFAULT '',   -- a search's query; an export's subject
      details_json TEXT NOT NULL,       -- filters and scope, or format and file name
      count INTEGER                     -- documents found, or exported
    );
    CREATE INDEX research_log_at ON research_log(at);
  `,
};
