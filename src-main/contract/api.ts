import { z } from 'zod';
import type {
  DocSummary,
  DocumentView,
  ImportJobStatus,
  LibraryOverview,
  Note,
  SearchResponse,
} from './views';

import type { CallName } from './calls';

export type * from './views';
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

/**
 * Every call the renderer (or any other face) can make: name → argument schema.
 * The schemas validate payloads at every boundary (IPC, HTTP, CLI).
 */
export const argSchemas = {
  'library.overview': z.object({}).strict(),
  'library.list': z.object({}).strict(),
  'library.search': z
    .object({
      query: z.string().max(1000),
      year: z.number().int().min(1000).max(3000).optional(),
      from: z.string().max(300).optional(),
      limit: z.number().int().min(1).max(1000).optional(),
    })
    .strict(),
  'import.start': z.object({ files: uploadedFiles }).strict(),
  'import.status': z.object({ jobId }).strict(),
  'import.cancel': z.object({ jobId }).strict(),
  'document.get': z.object({ id: docId }).strict(),
  'notes.get': z.object({ docId }).strict(),
  'notes.save': z.object({ docId, body: z.string().max(5_000_000) }).strict(),
} as const satisfies Record<CallName, z.ZodType>;

/** name → result type */
export interface Results extends Record<CallName, unknown> {
  'library.overview': LibraryOverview;
  'library.list': DocSummary[];
  'library.search': SearchResponse;
  'import.start': { jobId: string };
  'import.status': ImportJobStatus;
  'import.cancel': { cancelled: boolean };
  'document.get': DocumentView;
  'notes.get': Note | null;
  'notes.save': Note;
}

export type Arg<K extends CallName> = z.infer<(typeof argSchemas)[K]>;
export type Result<K extends CallName> = Results[K];

/** The full API; every face implements or forwards exactly this. */
export type Handlers = { [K in CallName]: (arg: Arg<K>) => Promise<Result<K>> };

export interface ApiError {
  code: 'invalid-argument' | 'not-found' | 'import-failed' | 'unknown-call' | 'internal';
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
