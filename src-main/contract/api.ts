import { z } from 'zod';
import type {
  DocSummary,
  DocumentView,
  Dossier,
  DossierExportStatus,
  DossierItem,
  DossierSummary,
  ImportJobStatus,
  LibraryChanges,
  LibraryOutline,
  LibraryOverview,
  Note,
  SearchResponse,
} from './views';

import type { CallName } from './calls';
import { annotationArgSchemas, type AnnotationResults } from './annotation-calls';
import { trashArgSchemas, type DossierDeleted, type TrashResults } from './trash-calls';

export type * from './views';
export type * from './trash-views';
export { CALL_NAMES, isCallName, type CallName } from './calls';

const docId = z.number().int().positive();

const uploadedFiles = z
  .array(
    z
      .object({
        name: z.string().min(1).max(500),
        /** File content, base64 encoded (JSON carries no bytes). */
        dataBase64: z.string().max(400_000_000),
      })
      .strict(),
  )
  .min(1)
  .max(10_000);

const jobId = z.string().uuid();

const dossierId = z.number().int().positive();
const dossierItemId = z.number().int().positive();
const paper = z.enum(['a4', 'letter']);
const dossierTitle = z.string().trim().min(1).max(500);
const dossierAuthor = z.string().max(500);
const markdownText = z.string().max(2_000_000);

/**
 * Every call the renderer (or any other face) can make: name → argument schema.
 * The schemas validate payloads at every boundary (IPC, HTTP, CLI).
 */
export const argSchemas = {
  ...annotationArgSchemas,
  ...trashArgSchemas,
  'library.overview': z.object({}).strict(),
  /** `tag`: only documents carrying this tag (case-insensitive). */
  'library.list': z.object({ tag: z.string().trim().min(1).max(100).optional() }).strict(),
  /** The browse list's shape; the rows' details come from `library.summaries`. */
  'library.outline': z.object({}).strict(),
  'library.summaries': z.object({ ids: z.array(docId).max(1000) }).strict(),
  'library.search': z
    .object({
      query: z.string().max(1000),
      year: z.number().int().min(1000).max(3000).optional(),
      from: z.string().max(300).optional(),
      limit: z.number().int().min(1).max(1000).optional(),
      /** Documents and notes carrying this tag. */
      tag: z.string().trim().min(1).max(100).optional(),
      /** Which hits to return (default 'all'; the query's `in:notes` / `in:documents` overrides it); `facets` counts both kinds regardless. */
      scope: z.enum(['all', 'documents', 'notes']).optional(),
      /** Page of document hits: `offset` into the ranked list, `limit` hits (default 200). */
      offset: z.number().int().min(0).max(10_000_000).optional(),
      sort: z.enum(['relevance', 'date']).optional(),
      /** Filters, same meaning as the query's fields (`year:1947..1949`, `to:`, `place:`…). */
      yearFrom: z.number().int().min(1000).max(3000).optional(),
      yearTo: z.number().int().min(1000).max(3000).optional(),
      to: z.string().max(300).optional(),
      place: z.string().max(300).optional(),
      collection: z.string().max(300).optional(),
      classification: z.string().max(300).optional(),
    })
    .strict(),
  /** Deletes documents for good; notes keep their text, their links to these documents are dropped. */
  'library.delete': z.object({ ids: z.array(docId).min(1).max(100_000) }).strict(),
  /** Cheap, for polling: has another process (the CLI) changed the library? The app refreshes its lists when so. */
  'library.changes': z.object({}).strict(),
  'import.start': z.object({ files: uploadedFiles }).strict(),
  'import.status': z.object({ jobId }).strict(),
  'import.cancel': z.object({ jobId }).strict(),
  'document.get': z.object({ id: docId }).strict(),
  'notes.get': z.object({ docId }).strict(),
  'notes.save': z.object({ docId, body: z.string().max(5_000_000) }).strict(),
  'dossiers.list': z.object({}).strict(),
  'dossiers.get': z.object({ id: dossierId }).strict(),
  'dossiers.create': z
    .object({ title: dossierTitle, author: dossierAuthor.optional(), introduction: markdownText.optional(), paper: paper.optional() })
    .strict(),
  'dossiers.update': z
    .object({ id: dossierId, title: dossierTitle.optional(), author: dossierAuthor.optional(), introduction: markdownText.optional(), paper: paper.optional() })
    .strict(),
  /** To the trash for 30 days; `dossiers.restore` undoes it. */
  'dossiers.delete': z.object({ id: dossierId }).strict(),
  'dossiers.addItems': z.object({ dossierId, docIds: z.array(docId).min(1).max(10_000) }).strict(),
  /** To the trash with its commentary; `dossiers.restoreItem` undoes it. */
  'dossiers.removeItem': z.object({ itemId: dossierItemId }).strict(),
  /** `itemIds` is the dossier's complete new order: every item exactly once. */
  'dossiers.reorder': z.object({ dossierId, itemIds: z.array(dossierItemId).max(10_000) }).strict(),
  'dossiers.sortByDate': z.object({ dossierId }).strict(),
  'dossiers.updateItem': z
    .object({ itemId: dossierItemId, commentary: markdownText.optional(), mode: z.enum(['full', 'highlights']).optional() })
    .strict(),
  /** Starts a PDF export job; `paper` defaults to the dossier's own. Poll `dossiers.exportStatus`. */
  'dossiers.export': z.object({ dossierId, paper: paper.optional() }).strict(),
  'dossiers.exportStatus': z.object({ jobId }).strict(),
  'dossiers.exportCancel': z.object({ jobId }).strict(),
  /** Desktop only: open the system print dialog for a PDF (browser mode prints from the browser). */
  'shell.printPdf': z.object({ fileName: z.string().min(1).max(500), dataBase64: z.string().max(400_000_000) }).strict(),
} as const satisfies Record<CallName, z.ZodType>;

/** name → result type */
export interface Results extends Omit<Record<CallName, unknown>, keyof AnnotationResults | keyof TrashResults>, AnnotationResults, TrashResults {
  'library.overview': LibraryOverview;
  'library.list': DocSummary[];
  'library.outline': LibraryOutline;
  'library.summaries': DocSummary[];
  'library.search': SearchResponse;
  'library.delete': { deleted: number };
  'library.changes': LibraryChanges;
  'import.start': { jobId: string };
  'import.status': ImportJobStatus;
  'import.cancel': { cancelled: boolean };
  'document.get': DocumentView;
  'notes.get': Note | null;
  'notes.save': Note;
  'dossiers.list': DossierSummary[];
  'dossiers.get': Dossier;
  'dossiers.create': Dossier;
  'dossiers.update': Dossier;
  'dossiers.delete': DossierDeleted;
  'dossiers.addItems': Dossier;
  'dossiers.removeItem': Dossier;
  'dossiers.reorder': Dossier;
  'dossiers.sortByDate': Dossier;
  'dossiers.updateItem': DossierItem;
  'dossiers.export': { jobId: string };
  'dossiers.exportStatus': DossierExportStatus;
  'dossiers.exportCancel': { cancelled: boolean };
  'shell.printPdf': { printed: boolean };
}

export type Arg<K extends CallName> = z.infer<(typeof argSchemas)[K]>;
export type Result<K extends CallName> = Results[K];

/** The full API; every face implements or forwards exactly this. */
export type Handlers = { [K in CallName]: (arg: Arg<K>) => Promise<Result<K>> };

export interface ApiError {
  code: 'invalid-argument' | 'not-found' | 'import-failed' | 'unknown-call' | 'internal' | 'unsupported'
    /** Browser mode only: the page has no valid token (or the host restarted with a new one). */
    | 'unauthorized'
    /** Browser mode only: the request body is over the host's size limit. */
    | 'too-large';
  message: string;
}

/** Errors travel as data: thrown errors lose their details across IPC and HTTP. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/** Parse an untrusted argument for `name`; returns an ApiError instead of throwing. */
export function parseArg<K extends CallName>(
  name: K,
  raw: unknown,
): { ok: true; arg: Arg<K> } | { ok: false; error: ApiError } {
  const parsed = argSchemas[name].safeParse(raw);
  if (parsed.success) return { ok: true, arg: parsed.data as Arg<K> };
  return {
    ok: false,
    error: { code: 'invalid-argument', message: `${name}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'argument'}: ${i.message}`).join('; ')}` },
  };
}
