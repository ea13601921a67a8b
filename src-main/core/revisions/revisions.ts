import { ChanceryError, type Revision, type RevisionKind } from '../../contract';
import type { Db } from '../db/open-database';
import type { DossierStore } from '../dossiers/dossier-store';
import type { Notes } from '../notes/notes';
import { createRevisionStore, type Owner, type Text } from './revision-store';

/**
 * Viewing and restoring earlier versions. Restoring writes the old text
 * through the owner's own write (links, full-text index and all) after
 * sealing the current version, so restoring never destroys a revision: it
 * adds one, marked as restored.
 */
export function createRevisions({ db, notes, dossiers, now }: { db: Db; notes: Notes; dossiers: DossierStore; now: () => string }) {
  const store = createRevisionStore(db, now);

  /** The owner's text now; throws not-found when the owner is gone or in the trash. */
  const current = (owner: Owner): Text => {
    if (owner.kind === 'note') {
      const n = notes.open(owner.id);
      return { title: n.docId === null ? n.title : '', body: n.body };
    }
    if (owner.kind === 'introduction') return { title: '', body: dossiers.must(owner.id).introduction };
    return { title: '', body: dossiers.item(owner.id).commentary };
  };

  const write = (owner: Owner, text: Text): void => {
    if (owner.kind === 'note') {
      const n = notes.open(owner.id);
      if (n.docId !== null) notes.save(n.docId, text.body);
      // A version saved under no title of its own keeps the note's present title.
      else notes.update(owner.id, { body: text.body, ...(text.title ? { title: text.title } : {}) });
    } else if (owner.kind === 'introduction') dossiers.update(owner.id, { introduction: text.body });
    else dossiers.updateItem(owner.id, { commentary: text.body });
  };

  return {
    /** Newest first; the first is the current text. */
    list(kind: RevisionKind, id: number): Revision[] {
      current({ kind, id });
      return store.list({ kind, id });
    },
    restore(revisionId: number): Revision[] {
      const rev = store.get(revisionId);
      if (!rev) throw new ChanceryError('not-found', `Revision ${revisionId} not found`);
      const owner: Owner = { kind: rev.kind, id: rev.id };
      const now = current(owner);
      if (now.body !== rev.body || (rev.title !== '' && now.title !== rev.title)) {
        db.transaction(() => {
          store.seal(owner);
          write(owner, rev);
          store.markRestored(owner);
        })();
      }
      return store.list(owner);
    },
  };
}

export type Revisions = ReturnType<typeof createRevisions>;
