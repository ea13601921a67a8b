import { z } from 'zod';
import type { Revision, Trash } from './trash-views';
import type { Deleted, Dossier } from './views';

/**
 * Calls for getting back what was deleted or overwritten: the trash and the
 * revisions of notes, dossier introductions and commentaries. Spread into
 * `argSchemas` and `Results` in api.ts.
 */

const id = z.number().int().positive();

export const trashArgSchemas = {
  /** Deleted notes, dossiers, dossier items and the annotations of deleted documents, newest first. */
  'trash.list': z.object({}).strict(),
  /** Puts a deleted dossier back, with its introduction and commentaries. */
  'dossiers.restore': z.object({ id }).strict(),
  /** Puts a removed document back in its dossier, in its place, with its commentary. */
  'dossiers.restoreItem': z.object({ itemId: id }).strict(),
  /** `id` is the note's, the dossier's (its introduction) or the dossier item's (its commentary). */
  'revisions.list': z.object({ kind: z.enum(['note', 'introduction', 'commentary']), id }).strict(),
  /** Makes an earlier revision the current text (itself a new revision); answers the history. */
  'revisions.restore': z.object({ revisionId: id }).strict(),
} as const;

export interface TrashResults {
  'trash.list': Trash;
  'dossiers.restore': Dossier;
  'dossiers.restoreItem': Dossier;
  'revisions.list': Revision[];
  'revisions.restore': Revision[];
}

/** What `dossiers.delete` answers: as `notes.delete`, pass the id to `dossiers.restore` to undo. */
export type DossierDeleted = Deleted;
