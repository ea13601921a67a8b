import type { DocumentBody, DocumentMeta } from '../model/document';
import { findRedactions, type Redaction } from './redactions';
import { readSourceFields, type SourceFields } from './source-fields';

/**
 * What the import stored, or, for a document imported before the fields
 * existed, the same reading done now: both come from one parser.
 */
export function sourceFieldsOf(meta: DocumentMeta, body: DocumentBody): SourceFields {
  return meta.sourceFields?.value ?? readSourceFields(meta, body).fields;
}

export function redactionsOf(meta: DocumentMeta, body: DocumentBody): Redaction[] {
  return meta.redactions?.value ?? findRedactions(body);
}
