import { describe, expect, it } from 'vitest';
import { corpusLibrary } from '../search/corpus-library';

/** Every link with its targets, in a stable order. */
function allLinks(db: ReturnType<ReturnType<typeof corpusLibrary>['core']>['db']): unknown[] {
  return db
    .prepare(
      `SELECT l.source_id, l.start, l."end", l.text, l.basis, l.in_footnote, l.status, l.target_ref, l.target_label, l.why,
         (SELECT json_group_array(json_array(t.rank, t.target_id, t.anchor)) FROM (SELECT * FROM doc_link_targets WHERE link_id = l.id ORDER BY rank) t) AS targets
       FROM doc_links l ORDER BY l.source_id, l.start, l."end", l.basis`,
    )
    .all();
}

/** Who each document names and every person entry, in a stable order. */
function personRows(db: ReturnType<ReturnType<typeof corpusLibrary>['core']>['db']): { named: unknown[]; entries: unknown[] } {
  return {
    named: db.prepare('SELECT doc_id, entry_key, role, count, basis, target FROM doc_people ORDER BY doc_id, entry_key, role').all(),
    entries: db.prepare('SELECT key, collection_id, xml_id, name, name_key, description, source, doc_id, position, person_id FROM person_entries ORDER BY key').all(),
  };
}

describe('linking at import', () => {
  const lib = corpusLibrary();

  it('finds from the documents it has just written exactly the links a pass reading them back from the library finds', () => {
    const core = lib.core();
    const atImport = allLinks(core.db);
    expect(atImport.length).toBeGreaterThan(5_000);
    const ids = core.db.prepare('SELECT id FROM documents').pluck().all() as number[];
    expect(core.links.relink(ids)).toBe(ids.length);
    expect(allLinks(core.db)).toEqual(atImport);
  });

  it('writes from what the parse workers read of each body exactly the person entries the stored bodies give', () => {
    const core = lib.core();
    const atImport = personRows(core.db);
    expect(atImport.named.length).toBeGreaterThan(2_000);
    expect(atImport.entries.length).toBeGreaterThan(80);
    const ids = core.db.prepare('SELECT id FROM documents').pluck().all() as number[];
    core.db.transaction(() => core.people.afterImport(ids))();
    expect(personRows(core.db)).toEqual(atImport);
  });
});
