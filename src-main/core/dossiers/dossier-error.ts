import { failure } from '../failure';

/**
 * A dossier operation the caller got wrong. Carries an API error code so the
 * handlers can pass it on as data without this module depending on them.
 */
export class DossierError extends Error {
  constructor(
    readonly code: 'not-found' | 'invalid-argument',
    message: string,
  ) {
    super(message);
  }
}

/** Wraps a handler so a DossierError becomes an API error: data, not an exception, across IPC and HTTP. */
export function guardDossierErrors<A, R>(fn: (arg: A) => R): (arg: A) => Promise<R> {
  return async (arg) => {
    try {
      return fn(arg);
    } catch (err) {
      if (err instanceof DossierError) throw failure(err.code, err.message);
      throw err;
    }
  };
}
