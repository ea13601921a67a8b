import type { Migration } from './migrations';

/**
 * The repository writes `doc_source_marks` from the metadata it saves
 * (`library/source-marks.ts`) instead of triggers re-parsing `meta_json`:
 * the insert trigger cost as much per imported document as a full-text
 * table. The rows already written follow the same rule and stay; the delete
 * trigger stays, as deleting rows needs no parse.
 */
export const sourceMarksInCodeMigration: Migration = {
  version: 19,
  name: 'source marks written by the repository',
  sql: `
    DROP TRIGGER IF EXISTS documents_source_marks_insert;
    DROP TRIGGER IF EXISTS documents_source_marks_update;
  `,
};
