import type { Revision, RevisionKind } from '../../contract';
import type { Db } from '../db/open-database';
import { isBigRemoval } from './change-size';

/** Autosave writes every few hundred milliseconds: saves within this long of a revision's start rewrite it. */
export const COALESCE_MINUTES = 10;
/** Revisions are kept at least this long; an owner's newest (its current text) is kept for as long as the owner. */
export const KEEP_REVISIONS_DAYS = 90;

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

interface RevisionRow {
  id: number;
  title: string;
  body: string;
  reason: 'edit' | 'restore';
  sealed: number;
  created_at: string;
  updated_at: string;
}

export interface Owner {
  kind: RevisionKind;
  id: number;
}

export interface Text {
  title: string;
  body: string;
}

/**
 * The history of a text. The newest revision of an owner always holds its
 * current text: a save rewrites it while it is young (under COALESCE_MINUTES
 * since it began), unsealed, and the save does not take a large part of the
 * text away; otherwise the save starts a new revision. Deleting an owner or
 * restoring a revision seals the newest, so that version is never rewritten.
 */
export function createRevisionStore(db: Db, now: () => string) {
  const q = {
    head: db.prepare('SELECT id, title, body, reason, sealed, created_at, updated_at FROM revisions WHERE kind = ? AND owner_id = ? ORDER BY id DESC LIMIT 1'),
    all: db.prepare('SELECT id, title, body, reason, sealed, created_at, updated_at FROM revisions WHERE kind = ? AND owner_id = ? ORDER BY id DESC'),
    one: db.prepare('SELECT kind, owner_id AS ownerId, title, body FROM revisions WHERE id = ?'),
    insert: db.prepare(`INSERT INTO revisions (kind, owner_id, title, body, reason, sealed, created_at, updated_at)
      VALUES (@kind, @id, @title, @body, @reason, @sealed, @now, @now)`),
    rewrite: db.prepare('UPDATE revisions SET title = @title, body = @body, updated_at = @now WHERE id = @rev'),
    seal: db.prepare('UPDATE revisions SET sealed = 1 WHERE id = (SELECT max(id) FROM revisions WHERE kind = ? AND owner_id = ?)'),
    markRestore: db.prepare("UPDATE revisions SET reason = 'restore', sealed = 1 WHERE id = (SELECT max(id) FROM revisions WHERE kind = ? AND owner_id = ?)"),
    dropOld: db.prepare(`DELETE FROM revisions WHERE updated_at < ?
      AND id <> (SELECT max(r.id) FROM revisions r WHERE r.kind = revisions.kind AND r.owner_id = revisions.owner_id)`),
    // Owners purged for good take their history with them.
    dropOrphans: db.prepare(`DELETE FROM revisions WHERE
      (kind = 'note' AND owner_id NOT IN (SELECT id FROM notes))
      OR (kind = 'introduction' AND owner_id NOT IN (SELECT id FROM dossiers))
      OR (kind = 'commentary' AND owner_id NOT IN (SELECT id FROM dossier_items))`),
  };

  const young = (row: RevisionRow, at: string): boolean => Date.parse(at) - Date.parse(row.created_at) < COALESCE_MINUTES * MINUTE_MS;

  return {
    /** Records the owner's text after a write (call inside the write's transaction). */
    record(owner: Owner, text: Text): void {
      const head = q.head.get(owner.kind, owner.id) as RevisionRow | undefined;
      if (head && head.title === text.title && head.body === text.body) return;
      const at = now();
      if (head && head.sealed === 0 && young(head, at) && !isBigRemoval(head.body, text.body)) {
        q.rewrite.run({ rev: head.id, ...text, now: at });
        return;
      }
      q.insert.run({ kind: owner.kind, id: owner.id, ...text, reason: 'edit', sealed: 0, now: at });
    },
    /** The current text is about to be deleted or replaced: keep it as it is. */
    seal(owner: Owner): void {
      q.seal.run(owner.kind, owner.id);
    },
    /** The newest revision came from restoring an earlier one. */
    markRestored(owner: Owner): void {
      q.markRestore.run(owner.kind, owner.id);
    },
    list(owner: Owner): Revision[] {
      const rows = q.all.all(owner.kind, owner.id) as RevisionRow[];
      return rows.map((r, i) => ({
        id: r.id,
        title: r.title,
        body: r.body,
        restored: r.reason === 'restore',
        startedAt: r.created_at,
        savedAt: r.updated_at,
        current: i === 0,
      }));
    },
    get(id: number): (Owner & Text) | null {
      const r = q.one.get(id) as { kind: RevisionKind; ownerId: number; title: string; body: string } | undefined;
      return r ? { kind: r.kind, id: r.ownerId, title: r.title, body: r.body } : null;
    },
    /** Drops revisions older than KEEP_REVISIONS_DAYS (never an owner's newest) and those of owners gone for good. */
    purge(at: Date): number {
      const cutoff = new Date(at.getTime() - KEEP_REVISIONS_DAYS * DAY_MS).toISOString();
      return q.dropOld.run(cutoff).changes + q.dropOrphans.run().changes;
    },
  };
}

export type RevisionStore = ReturnType<typeof createRevisionStore>;
