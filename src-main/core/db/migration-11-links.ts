import type { Migration } from './migrations';

/**
 * Links between documents (issue 15): the references the editors encoded and
 * the ones found in the text, each with how it was resolved. A link's targets
 * carry no foreign key: deleting a target makes the link recomputed as
 * not-found, it never breaks the citing document. Rows are a cache of what
 * the finders say about the documents, recomputed at import and deletion.
 */
export const linksMigration: Migration = {
  version: 11,
  name: 'document links',
  sql: `
CREATE TABLE doc_links (
  id INTEGER PRIMARY KEY,
  source_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,          -- offsets in the document's text as \`show ID --json\` gives it (shared walker)
  end INTEGER NOT NULL,
  text TEXT NOT NULL,               -- the reference as written
  basis TEXT NOT NULL CHECK (basis IN ('editorial','text')),
  in_footnote INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL CHECK (status IN ('resolved','ambiguous','not-found')),
  target_ref TEXT,                  -- editorial raw target ('#d12', '#d12fn3', '#pg_64', 'frus1924v02#pg_64'), else NULL
  target_label TEXT,                -- for a target not in the library: 'Foreign Relations, 1924, vol. ii, p. 64'
  why TEXT NOT NULL
);
CREATE INDEX doc_links_source ON doc_links(source_id);
CREATE TABLE doc_link_targets (
  link_id INTEGER NOT NULL REFERENCES doc_links(id) ON DELETE CASCADE,
  rank INTEGER NOT NULL,
  target_id INTEGER NOT NULL,       -- no FK: a deleted target makes the link recomputed as not-found, never breaks
  anchor TEXT,                      -- footnote id for '#dNfnM'
  PRIMARY KEY (link_id, rank)
);
CREATE INDEX doc_link_targets_target ON doc_link_targets(target_id);
`,
};
