import type { Migration } from './migrations';

/**
 * Links between documents: those the editors encoded (`basis` 'editorial') and
 * those found in the text ('text'). A link may have several ranked targets
 * (an ambiguous reference); `doc_link_targets_target` answers "cited by".
 */
export const linksMigration: Migration = {
  version: 11,
  name: 'document links',
  sql: `
CREATE TABLE doc_links (
  id INTEGER PRIMARY KEY,
  source_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  basis TEXT NOT NULL CHECK (basis IN ('editorial','text')),
  in_footnote INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL CHECK (status IN ('resolved','ambiguous','not-found')),
  target_ref TEXT,
  target_label TEXT,
  why TEXT NOT NULL
);
CREATE INDEX doc_links_source ON doc_links(source_id);
CREATE TABLE doc_link_targets (
  link_id INTEGER NOT NULL REFERENCES doc_links(id) ON DELETE CASCADE,
  rank INTEGER NOT NULL,
  target_id INTEGER NOT NULL,
  anchor TEXT,
  PRIMARY KEY (link_id, rank)
);
CREATE INDEX doc_link_targets_target ON doc_link_targets(target_id);
`,
};
