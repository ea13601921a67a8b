import type { Db } from '../db/open-database';
import type { DocumentBody } from '../../../src-shared/model/document';
import { termCitations, termDefinitions } from '../../../src-shared/terms/glossary';
import type { DocumentTerm, GlossaryEntry } from '../../contract';

/** Bodies holding a term link: the JSON of a `link` whose target is `#t_…` (a cheap filter before parsing). */
const HAS_TERM = `body_json LIKE '%"target":"#t\\_%' ESCAPE '\\'`;

/**
 * The glossary rows (definitions of each volume's terms list) and which
 * documents cite which term, written at import from the bodies by the one
 * reading of src-shared/terms.
 */
export function createTermStore(db: Db) {
  const bodiesOf = db.prepare(`SELECT id, collection_id, body_json FROM documents WHERE id = ? AND ${HAS_TERM}`);
  const clearDefs = db.prepare('DELETE FROM terms WHERE doc_id = ?');
  const clearCites = db.prepare('DELETE FROM doc_terms WHERE doc_id = ?');
  const addDef = db.prepare('INSERT OR IGNORE INTO terms (doc_id, collection_id, term_id, term, expansion, position) VALUES (?, ?, ?, ?, ?, ?)');
  const addCite = db.prepare('INSERT INTO doc_terms (doc_id, term_id, count) VALUES (?, ?, ?)');

  /** Rewrites the rows of documents just written (in the import's transaction). */
  function afterImport(ids: readonly number[]): void {
    for (const id of ids) {
      clearDefs.run(id);
      clearCites.run(id);
      const row = bodiesOf.get(id) as { id: number; collection_id: string | null; body_json: string } | undefined;
      if (!row) continue;
      const body = JSON.parse(row.body_json) as DocumentBody;
      termDefinitions(body).forEach((d, i) => addDef.run(id, row.collection_id, d.id, d.term, d.expansion, i));
      for (const [termId, count] of termCitations(body)) addCite.run(id, termId, count);
    }
  }

  const glossaryRows = db.prepare(`
    SELECT t.collection_id AS collection, c.title AS collectionTitle, t.term_id AS id, t.term, t.expansion,
      (SELECT COUNT(*) FROM doc_terms dt JOIN documents d ON d.id = dt.doc_id
        WHERE dt.term_id = t.term_id AND d.collection_id IS t.collection_id) AS documents
    FROM terms t LEFT JOIN collections c ON c.id = t.collection_id
    WHERE (? IS NULL OR t.collection_id = ?)
    ORDER BY t.term COLLATE NOCASE, t.collection_id, t.position`);

  /** A volume's terms (or every volume's), alphabetically, each with the number of its documents citing it. */
  function glossary(collection: string | null): GlossaryEntry[] {
    return glossaryRows.all(collection, collection) as GlossaryEntry[];
  }

  const citedRows = db.prepare(`
    SELECT dt.term_id AS id, dt.count, t.term, t.expansion
    FROM doc_terms dt JOIN documents d ON d.id = dt.doc_id
    LEFT JOIN terms t ON t.term_id = dt.term_id AND t.collection_id IS d.collection_id
    WHERE dt.doc_id = ?
    GROUP BY dt.term_id ORDER BY MIN(t.position), dt.term_id`);

  /** The terms a document cites, each explained by its volume's list (null: the list does not define it). */
  function ofDocument(docId: number): DocumentTerm[] {
    const rows = citedRows.all(docId) as Array<{ id: string; count: number; term: string | null; expansion: string | null }>;
    return rows.map((r) => ({ id: r.id, term: r.term, expansion: r.expansion, count: r.count }));
  }

  return { afterImport, glossary, ofDocument };
}

export type TermStore = ReturnType<typeof createTermStore>;
