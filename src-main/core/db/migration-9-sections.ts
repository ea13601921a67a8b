import type { Migration } from './migrations';

/**
 * A volume's text outside its documents is imported as sections (rows of kind
 * `section`). The library list says "1,205 documents and 19 sections", so it
 * counts them at every library change: a partial index makes that count read
 * only the sections, not every row of `documents`.
 */
export const sectionsMigration: Migration = {
  version: 9,
  name: 'sections index',
  sql: `CREATE INDEX documents_sections ON documents(id) WHERE kind = 'section';`,
};
