import { z } from 'zod';
import { reads, returns, writes } from './call';
import { id, noArg, paper } from './common';
import type { DocSummary } from './library';
import type { Deleted } from './trash';

const dossierTitle = z.string().trim().min(1).max(500);
const dossierAuthor = z.string().max(500);
const markdownText = z.string().max(2_000_000);

/** Source dossiers: documents gathered with commentary, printed as one PDF (the export job is in jobs.ts). */
export const dossierCalls = {
  'dossiers.list': reads(noArg, returns<DossierSummary[]>()),
  'dossiers.get': reads(z.object({ id }).strict(), returns<Dossier>()),
  'dossiers.create': writes(
    z.object({ title: dossierTitle, author: dossierAuthor.optional(), introduction: markdownText.optional(), paper: paper.optional() }).strict(),
    returns<Dossier>(),
  ),
  'dossiers.update': writes(
    z
      .object({ id, title: dossierTitle.optional(), author: dossierAuthor.optional(), introduction: markdownText.optional(), paper: paper.optional() })
      .strict(),
    returns<Dossier>(),
  ),
  /** To the trash for 30 days; `dossiers.restore` undoes it. */
  'dossiers.delete': writes(z.object({ id }).strict(), returns<Deleted>()),
  /** Puts a deleted dossier back, with its introduction and commentaries. */
  'dossiers.restore': writes(z.object({ id }).strict(), returns<Dossier>()),
  'dossiers.addItems': writes(z.object({ dossierId: id, docIds: z.array(id).min(1).max(10_000) }).strict(), returns<Dossier>()),
  /** To the trash with its commentary; `dossiers.restoreItem` undoes it. */
  'dossiers.removeItem': writes(z.object({ itemId: id }).strict(), returns<Dossier>()),
  /** Puts a removed document back in its dossier, in its place, with its commentary. */
  'dossiers.restoreItem': writes(z.object({ itemId: id }).strict(), returns<Dossier>()),
  /** `itemIds` is the dossier's complete new order: every item exactly once. */
  'dossiers.reorder': writes(z.object({ dossierId: id, itemIds: z.array(id).max(10_000) }).strict(), returns<Dossier>()),
  'dossiers.sortByDate': writes(z.object({ dossierId: id }).strict(), returns<Dossier>()),
  'dossiers.updateItem': writes(
    z.object({ itemId: id, commentary: markdownText.optional(), mode: z.enum(['full', 'highlights']).optional() }).strict(),
    returns<DossierItem>(),
  ),
  /** Desktop only: open the system print dialog for a PDF (browser mode prints from the browser). */
  'shell.printPdf': reads(
    z.object({ fileName: z.string().min(1).max(500), dataBase64: z.string().max(400_000_000) }).strict(),
    returns<{ printed: boolean }>(),
  ),
};

export type DossierPaper = 'a4' | 'letter';
/** 'full': the whole document; 'highlights': only the user's highlights, with their printed pages. */
export type DossierItemMode = 'full' | 'highlights';

/** One row of the dossier list. */
export interface DossierSummary {
  id: number;
  title: string;
  author: string;
  itemCount: number;
  updatedAt: string;
}

/** One document in a dossier; a document may sit in several dossiers. */
export interface DossierItem {
  /** The item's own id (reorder, remove, commentary address items, not documents). */
  id: number;
  docId: number;
  /** The user's commentary on this document, Markdown. */
  commentary: string;
  mode: DossierItemMode;
  /** The document as the library lists it. */
  doc: DocSummary;
}

export interface Dossier {
  id: number;
  title: string;
  author: string;
  /** Introduction, Markdown; printed on the cover. */
  introduction: string;
  /** Preferred paper for export. */
  paper: DossierPaper;
  createdAt: string;
  updatedAt: string;
  /** In printing order. */
  items: DossierItem[];
}
