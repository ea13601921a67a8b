/**
 * The one error of the API. The core throws `ChanceryError`; `dispatch` turns
 * it (and anything else thrown) into an `ApiError` reply; each face maps the
 * code once: HTTP status (browser-host/http-status.ts), CLI exit code
 * (cli/exit-codes.ts), IPC reply (electron/ipc.ts).
 */
export const ERROR_CODES = [
  /** The thing named (document, note, dossier, job…) does not exist or is no longer in the trash. */
  'not-found',
  /** The argument fails the contract's schema, or asks for something the data does not allow. */
  'invalid-argument',
  /** The request clashes with what is there (a dossier of that name already exists; two share a name). */
  'conflict',
  /** SQLite found the library file damaged: `cli check` and `cli restore` are the way out. */
  'damaged-library',
  /** No such call (or one this face may not make). */
  'unknown-call',
  /** This face cannot do it (the system print dialog in browser mode; an API call not POSTed). */
  'unsupported',
  /** Browser mode: the page has no valid token (or the host restarted with a new one). */
  'unauthorized',
  /** Desktop: the call came from a frame that is not our page. */
  'forbidden',
  /** Browser mode: the request body is over the host's size limit. */
  'too-large',
  /** A bug of ours. */
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
}

/** Errors travel as data: thrown errors lose their details across IPC and HTTP. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/** What the core throws for a failure the caller should see as it is. */
export class ChanceryError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'ChanceryError';
  }
}

/** Anything thrown, as the API reports it: a ChanceryError keeps its code, anything else is internal. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ChanceryError) return { code: err.code, message: err.message };
  return { code: 'internal', message: err instanceof Error ? err.message : String(err) };
}
