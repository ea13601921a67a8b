import type { RelatedReason } from '../../contract';

/** One reason one document is related to the open one. */
export interface Found {
  id: number;
  reason: RelatedReason;
}

/** What every reason is asked with: the open document, and whether a document is within the scope asked for. */
export interface Asked {
  id: number;
  inScope: (id: number) => boolean;
}
