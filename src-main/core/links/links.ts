import type { Db } from '../db/open-database';
import type { DocumentDeletion } from '../library/delete-documents';
import { editorialFinder } from './editorial-finder';
import { textFinder } from './text-finder';
import type { LinkFinder } from './link-finder';
import { createLinkViews } from './link-views';
import { createLinking } from './linking';

/**
 * Links between documents, for the core: the pipeline with its finders (the
 * editors' links, then references found in the text), and the views
 * the reader and the CLI read.
 */
export function createLinks({ db, finders = [editorialFinder, textFinder] }: { db: Db; finders?: readonly LinkFinder[] }) {
  const linking = createLinking({ db, finders });
  const views = createLinkViews({ db, store: linking.store });
  return {
    views,
    relink: linking.relink,
    /** For an import's links, computed in steps after its rows (`import-links.ts`). */
    pass: linking.pass,
    toRelinkAfterImport: linking.toRelinkAfterImport,
    /** The deletion, followed by relinking the documents that cited what it deleted. */
    relinkingAfter(deletion: DocumentDeletion): DocumentDeletion {
      return {
        delete(ids: readonly number[]): number {
          const citing = linking.store.citingAny(ids);
          const n = deletion.delete(ids);
          if (n > 0) linking.relink(citing);
          return n;
        },
      };
    },
  };
}

export type Links = ReturnType<typeof createLinks>;
