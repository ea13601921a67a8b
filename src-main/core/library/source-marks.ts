import type { DocumentMeta } from '../../../src-shared/model/document';
import type { Db } from '../db/open-database';

/** One row of `doc_source_marks`: what `file:`, `flag`, `caveat`, `redacted:` and `repository:` filters look up. */
export type SourceMark = readonly [field: 'file' | 'flag' | 'caveat' | 'redaction' | 'repository', value: string];

/**
 * A document's source fields and redaction markers as index rows. The rule
 * lived in SQL triggers (migration 12) that parsed `meta_json` five times
 * per insert: 130 µs a document, as much as the unstemmed full-text table.
 * The repository now writes these rows itself from the metadata it already
 * holds (migration 19 drops the insert and update triggers); a test checks
 * the rule against migration 12's SQL on the corpus volumes.
 */
export function sourceMarks(meta: DocumentMeta): SourceMark[] {
  const out: SourceMark[] = [];
  const add = (field: SourceMark[0], value: unknown): void => {
    // SQL would have refused a null value (NOT NULL); anything else is stored as text.
    if (value !== undefined && value !== null) out.push([field, String(value)]);
  };
  const fields = meta.sourceFields?.value;
  for (const f of fields?.fileNumbers ?? []) add('file', f.value.value);
  for (const f of fields?.flags ?? []) add('flag', f.value);
  for (const c of fields?.caveats ?? []) add('caveat', c.value);
  for (const r of meta.redactions?.value ?? []) add('redaction', r.kind);
  add('repository', fields?.repository?.value);
  return out;
}

/** Writes a document's marks in place of those it had. */
export function createSourceMarksWriter(db: Db) {
  const clear = db.prepare('DELETE FROM doc_source_marks WHERE doc_id = ?');
  const insert = db.prepare('INSERT INTO doc_source_marks (doc_id, field, value) VALUES (?, ?, ?)');
  return (id: number, meta: DocumentMeta): void => {
    clear.run(id);
    for (const [field, value] of sourceMarks(meta)) insert.run(id, field, value);
  };
}
