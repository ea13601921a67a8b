import type { ImportedDocument } from '../../../src-shared/model/document';
import { findRedactions } from '../../../src-shared/sources/redactions';
import { isEmptySourceFields, readSourceFields } from '../../../src-shared/sources/source-fields';
import type { WarningInput } from './warnings';

/**
 * The editorial apparatus every importer's documents get on their way out:
 * the source note read into fields and the markers of withheld text. Done
 * here, once, so that TEI, FRUS text and any later format share one reading.
 */
export function withApparatus(doc: ImportedDocument, warn: (w: WarningInput) => void): ImportedDocument {
  const where = { documentId: doc.placement?.sourceId ?? doc.key, ...(doc.placement?.number ? { documentNumber: doc.placement.number } : {}) };
  const { fields, warnings } = readSourceFields(doc.meta, doc.body);
  for (const message of warnings) warn({ code: 'long-source-note', message, ...where });
  const redactions = findRedactions(doc.body);
  for (const r of redactions) {
    if (r.footnote === undefined) continue;
    warn({ code: 'marker-in-footnote', message: `“${r.text.slice(0, 80)}” stands in footnote ${r.footnote}: kept there and counted with the document.`, ...where, key: `marker-in-footnote:${where.documentId}` });
  }
  const meta = { ...doc.meta };
  if (!isEmptySourceFields(fields)) {
    meta.sourceFields = { value: fields, provenance: { kind: 'inferred', from: 'the source note, file-number line and header, read into fields' } };
    // The classification facet and filter read meta.classification: a source note's marking feeds them.
    if (!meta.classification && fields.classification) meta.classification = { value: fields.classification.value, provenance: { kind: 'stated', where: fields.classification.where } };
  }
  if (redactions.length > 0) meta.redactions = { value: redactions, provenance: { kind: 'inferred', from: 'the editors’ markers in the text' } };
  return { ...doc, meta };
}
