import type { Migration } from './migrations';

/**
 * Terms and abbreviations of the volumes (issue 16 §2): the definitions a
 * volume's terms list gives (`<term xml:id="t_NODIS1">`) and which documents
 * cite which term (`<gloss target="#t_NODIS1">`). Both are a cache of the
 * bodies (the truth), written at import from src-shared/terms and gone with
 * their document. Libraries imported before kept no term links in their
 * bodies: a re-import fills these.
 */
export const termsMigration: Migration = {
  version: 14,
  name: 'terms and abbreviations',
  sql: `
    CREATE TABLE terms (
      doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,  -- the section holding the terms list
      collection_id TEXT,
      term_id TEXT NOT NULL,            -- 't_NODIS1', as the volume names it
      term TEXT NOT NULL,               -- 'NODIS'
      expansion TEXT NOT NULL,          -- 'No Distribution (other than to persons indicated)'
      position INTEGER NOT NULL,        -- order in the list
      PRIMARY KEY (doc_id, term_id)
    );
    CREATE INDEX terms_collection ON terms(collection_id, term_id);
    CREATE TABLE doc_terms (
      doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      term_id TEXT NOT NULL,
      count INTEGER NOT NULL,
      PRIMARY KEY (doc_id, term_id)
    ) WITHOUT ROWID;
    CREATE INDEX doc_terms_term ON doc_terms(term_id, doc_id);
  `,
};
