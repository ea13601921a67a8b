import type { Migration } from './migrations';

/**
 * Earlier versions of what the user writes: notes (title and body), dossier
 * introductions and item commentaries. The newest row of an owner always
 * mirrors its current text; autosaves within a short burst rewrite that row
 * (see revisions/revision-store.ts). Existing texts start their history here.
 */
export const revisionsMigration: Migration = {
  version: 8,
  name: 'revisions of notes, introductions and commentaries',
  sql: `
    CREATE TABLE revisions (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('note', 'introduction', 'commentary')),
      owner_id INTEGER NOT NULL,
      title TEXT NOT NULL DEFAULT '',
      body TEXT NOT NULL,
      reason TEXT NOT NULL DEFAULT 'edit' CHECK (reason IN ('edit', 'restore')),
      -- A sealed revision is never rewritten: the next save starts a new one.
      sealed INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE INDEX revisions_owner ON revisions(kind, owner_id, id);
    CREATE INDEX revisions_updated ON revisions(updated_at);

    INSERT INTO revisions (kind, owner_id, title, body, created_at, updated_at)
      SELECT 'note', id, title, body, updated_at, updated_at FROM notes;
    INSERT INTO revisions (kind, owner_id, body, created_at, updated_at)
      SELECT 'introduction', id, introduction, updated_at, updated_at FROM dossiers WHERE introduction <> '';
    INSERT INTO revisions (kind, owner_id, body, created_at, updated_at)
      SELECT 'commentary', id, commentary, added_at, added_at FROM dossier_items WHERE commentary <> '';
  `,
};
