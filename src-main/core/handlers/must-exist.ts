import { ChanceryError } from '../../contract';
import type { Core } from '../core';

/** For calls whose service answers an empty list for a document that is not there. */
export function mustExist(core: Core, docId: number): void {
  if (core.reading.titles.of([docId]).length === 0) throw new ChanceryError('not-found', `Document ${docId} not found`);
}
