import { z } from 'zod';
import { reads, returns, writes } from './call';
import { id, noArg } from './common';
import type { HighlightColor } from './highlights';

/**
 * Getting back what was deleted or overwritten: the trash and the revisions of
 * notes, dossier introductions and commentaries. (Each restore of one thing
 * lives with its subject: `notes.restore`, `dossiers.restore`, …)
 */
export const trashCalls = {
  /** Deleted notes, dossiers, dossier items and the annotations of deleted documents, newest first. */
  'trash.list': reads(noArg, returns<Trash>()),
  /** `id` is the note's, the dossier's (its introduction) or the dossier item's (its commentary). */
  'revisions.list': reads(z.object({ kind: z.enum(['note', 'introduction', 'commentary']), id }).strict(), returns<Revision[]>()),
  /** Makes an earlier revision the current text (itself a new revision); answers the history. */
  'revisions.restore': writes(z.object({ revisionId: id }).strict(), returns<Revision[]>()),
};

/** What a soft delete returns: pass `id` to the matching `restore` call to undo. */
export interface Deleted {
  id: number;
  deletedAt: string;
  /** Deleted items are purged for good after this many days. */
  keptForDays: number;
}

/** What has a history: a note (title and body), a dossier's introduction, a dossier item's commentary. */
export type RevisionKind = 'note' | 'introduction' | 'commentary';

/** One earlier (or the current) version of a text. */
export interface Revision {
  id: number;
  /** Notes only; '' otherwise. */
  title: string;
  body: string;
  /** Made by restoring an earlier revision. */
  restored: boolean;
  /** When this version's first save happened, and its last (saves a few minutes apart make one version). */
  startedAt: string;
  savedAt: string;
  /** The text as it is now. */
  current: boolean;
}

/** A deleted dossier: restore it with `dossiers.restore`. */
export interface TrashedDossier {
  kind: 'dossier';
  id: number;
  title: string;
  introduction: string;
  itemCount: number;
  /** Items that carry commentary. */
  commentaries: number;
  deletedAt: string;
}

/** A document removed from a dossier: restore it with `dossiers.restoreItem`. */
export interface TrashedDossierItem {
  kind: 'dossier-item';
  id: number;
  dossierId: number;
  dossierTitle: string;
  /** The dossier is itself in the trash: restore it first. */
  dossierDeleted: boolean;
  docTitle: string;
  commentary: string;
  deletedAt: string;
}

/** A deleted note: restore it with `notes.restore`. */
export interface TrashedNote {
  kind: 'note';
  id: number;
  title: string;
  body: string;
  /** The document of a document's note. */
  docId: number | null;
  deletedAt: string;
}

export interface KeptHighlight {
  color: HighlightColor;
  exact: string;
  comment: string | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * What the user had written on a document since deleted. It comes back
 * attached when a document with the same key is imported again.
 */
export interface TrashedDocument {
  kind: 'document';
  id: number;
  key: string;
  title: string;
  date: string | null;
  highlights: KeptHighlight[];
  /** The document's note, kept meanwhile as a research note (null if it had none). */
  note: { id: number; title: string } | null;
  /** Dossiers it sat in, with the commentary written there. */
  dossiers: Array<{ dossierId: number; title: string; commentary: string }>;
  tags: string[];
  deletedAt: string;
}

/** A deleted saved search: restore it with `saved.searches.restore`. */
export interface TrashedSavedSearch {
  kind: 'saved-search';
  id: number;
  title: string;
  query: string;
  deletedAt: string;
}

/** A deleted working set: restore it with `sets.restore`. */
export interface TrashedWorkingSet {
  kind: 'working-set';
  id: number;
  title: string;
  query: string;
  frozenCount: number;
  deletedAt: string;
}

export type TrashEntry = TrashedDossier | TrashedDossierItem | TrashedNote | TrashedDocument | TrashedSavedSearch | TrashedWorkingSet;

export interface Trash {
  /** Newest first. */
  entries: TrashEntry[];
  /** Entries are deleted for good this many days after they were deleted. */
  keptForDays: number;
}
