/**
 * Who each document names, as the index shows it (a subquery to select
 * from): an entry a list of the library holds, an inferred one, or one of
 * another volume's list. A name linked to its own volume's list while no
 * list of the library holds that id (never listed, or the list deleted)
 * names nobody: the text keeps it, unlinked. The rows stay in doc_people,
 * so that the list imported again joins them. The document's volume is
 * looked up only for an entry no list holds (rare): the person facet reads
 * every row of this after each import.
 */
export const NAMED_PEOPLE = `(
  SELECT dp.doc_id, dp.role, dp.count, dp.basis, dp.target, e.id AS entry_id, e.person_id
  FROM doc_people dp JOIN person_entries e ON e.key = dp.entry_key
  WHERE e.doc_id IS NOT NULL OR e.source = 'inferred'
    OR e.collection_id IS NOT (SELECT d.collection_id FROM documents d WHERE d.id = dp.doc_id))`;
