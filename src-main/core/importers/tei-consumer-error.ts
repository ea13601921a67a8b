/** Wraps an error thrown by the caller's onDocument, so that it is not mistaken for bad input. */
export class ConsumerError extends Error {
  constructor(readonly original: unknown) {
    super('onDocument failed');
  }
}
