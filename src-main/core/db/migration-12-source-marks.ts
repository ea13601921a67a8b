import type { Migration } from './migrations';

/**
 * Source fields and redaction markers as rows, so that `file:861.51`,
 * `redacted:yes` and their like are an index lookup rather than a parse of
 * every document's metadata. Triggers keep the rows in step with
 * `documents.meta_json` (the truth), whichever path writes it: import,
 * re-import, metadata edit, restore, delete.
 */
/** Rows of `row` (NEW in a trigger; `d` over `from` when back-filling). */
export const FILL = (row: string, from = ''): string => `
  INSERT INTO doc_source_marks (doc_id, field, value)
    SELECT ${row}.id, 'file', json_extract(j.value, '$.value.value') FROM ${from}json_each(${row}.meta_json, '$.sourceFields.value.fileNumbers') j
    UNION ALL SELECT ${row}.id, 'flag', json_extract(j.value, '$.value') FROM ${from}json_each(${row}.meta_json, '$.sourceFields.value.flags') j
    UNION ALL SELECT ${row}.id, 'caveat', json_extract(j.value, '$.value') FROM ${from}json_each(${row}.meta_json, '$.sourceFields.value.caveats') j
    UNION ALL SELECT ${row}.id, 'redaction', json_extract(j.value, '$.kind') FROM ${from}json_each(${row}.meta_json, '$.redactions.value') j
    UNION ALL SELECT ${row}.id, 'repository', json_extract(${row}.meta_json, '$.sourceFields.value.repository.value') ${from ? `FROM ${from.replace(/,\s*$/, '')}` : ''}
      WHERE json_extract(${row}.meta_json, '$.sourceFields.value.repository.value') IS NOT NULL`;

export const sourceMarksMigration: Migration = {
  version: 12,
  name: 'source fields and redaction markers',
  sql: `
    CREATE TABLE doc_source_marks (
      doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      field TEXT NOT NULL,
      value TEXT NOT NULL
    );
    CREATE INDEX doc_source_marks_value ON doc_source_marks(field, value);
    CREATE INDEX doc_source_marks_doc ON doc_source_marks(doc_id);
    CREATE TRIGGER documents_source_marks_insert AFTER INSERT ON documents BEGIN ${FILL('NEW')}; END;
    CREATE TRIGGER documents_source_marks_update AFTER UPDATE OF meta_json ON documents BEGIN
      DELETE FROM doc_source_marks WHERE doc_id = NEW.id; ${FILL('NEW')};
    END;
    CREATE TRIGGER documents_source_marks_delete AFTER DELETE ON documents BEGIN
      DELETE FROM doc_source_marks WHERE doc_id = OLD.id;
    END;
    ${FILL('d', 'documents d, ')};
  `,
};
