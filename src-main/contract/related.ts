import { z } from 'zod';
import { reads, returns } from './call';
import { id } from './common';
import type { DocSummary } from './library';

/** Where related documents are looked for: the open document's volume, or the whole library. */
export const RELATED_SCOPES = ['volume', 'library'] as const;
export type RelatedScope = (typeof RELATED_SCOPES)[number];

/** Documents that belong near the open one, each with why. */
export const relatedCalls = {
  /** Best first; at most `limit`. */
  'related.get': reads(
    z.object({ id, scope: z.enum(RELATED_SCOPES).default('volume'), limit: z.number().int().min(1).max(100).default(20) }).strict(),
    returns<RelatedDocuments>(),
  ),
};

/**
 * Why a document is related, in the order of strength:
 * `cites` (the open document cites it), `cited-by` (it cites the open document),
 * `same-file-number` (filed under the same archival number), `correspondence`
 * (the same two parties, either direction, within `days`), `similar-text`
 * (distinctive words in common), `same-file` (the same decimal file, another
 * number), `same-chapter` (the editors placed them in one chapter),
 * `shared-people` (a person in common, within `peopleDays`).
 */
export type RelatedKind = 'cites' | 'cited-by' | 'same-file-number' | 'correspondence' | 'similar-text' | 'same-file' | 'same-chapter' | 'shared-people';

export interface RelatedReason {
  kind: RelatedKind;
  /** In words, short enough for a label: "Same file 861.00/1234", "Cites this document". */
  label: string;
  /** More of the why, or null: the reference as written, the words in common, the parties. */
  detail: string | null;
  /** What this reason adds to the score. */
  weight: number;
}

export interface RelatedDocument {
  doc: DocSummary;
  /** The sum of the reasons' weights. */
  score: number;
  reasons: RelatedReason[];
}

export interface RelatedDocuments {
  /** The document asked about. */
  id: number;
  scope: RelatedScope;
  documents: RelatedDocument[];
  /** The window, in days, of "same correspondence". */
  days: number;
}
