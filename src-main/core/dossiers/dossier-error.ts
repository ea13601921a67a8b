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
