import type { Migration } from './migrations';

/**
 * The person index (issue 16 §1). `person_entries` are what the volumes say:
 * an entry of a persons list (`<persName xml:id="p_BND1">`, keyed by volume
 * and id), an id another volume links to while that volume is not in the
 * library (kept, never filled in), or a correspondent without an id, inferred
 * from a heading's name and role. `persons` are identities: each entry
 * belongs to one; a user's merge moves entries and records where each came
 * from (`merged_from`), so that a split gives the originals back.
 * `doc_people` says which documents name which entry, in which role: written
 * at import from the bodies and metadata (src-shared/people), gone with its
 * document; it names entries by key, so that a link into a volume imported
 * later joins that volume's entry without rewriting anything.
 * Libraries imported before kept no person links in their bodies: a
 * re-import fills these.
 */
export const peopleMigration: Migration = {
  version: 13,
  name: 'people',
  sql: `
    CREATE TABLE person_entries (
      id INTEGER PRIMARY KEY,
      key TEXT NOT NULL UNIQUE,                      -- 'frus1918Russiav03#p_BND1'; '~newton d baker~secretary of war' when inferred
      collection_id TEXT,
      xml_id TEXT,                                   -- 'p_BND1'; null when inferred
      name TEXT NOT NULL,                            -- 'Baker, Newton D.', as printed
      name_key TEXT NOT NULL,                        -- 'newton d baker' (src-shared/people/person-names)
      description TEXT NOT NULL,                     -- 'Secretary of War'; an inferred person's role
      source TEXT NOT NULL CHECK (source IN ('listed', 'inferred')),
      doc_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,  -- the list's section; null: no list of the library holds it
      position INTEGER,                              -- order in the list
      person_id INTEGER NOT NULL REFERENCES persons(id),
      merged_from INTEGER REFERENCES persons(id)     -- set by a user's merge: the person this entry was
    );
    CREATE INDEX person_entries_person ON person_entries(person_id);
    -- After the entries that refer to it: a tool dropping the schema in order meets the referring table first.
    CREATE TABLE persons (
      id INTEGER PRIMARY KEY,
      merged_into INTEGER REFERENCES persons(id)     -- the person the user merged this one into
    );
    CREATE INDEX person_entries_name ON person_entries(name_key);
    CREATE INDEX person_entries_doc ON person_entries(doc_id);
    CREATE INDEX person_entries_merged ON person_entries(merged_from) WHERE merged_from IS NOT NULL;
    CREATE TABLE doc_people (
      doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      entry_key TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('sender', 'recipient', 'mentioned')),
      count INTEGER NOT NULL,
      basis TEXT NOT NULL CHECK (basis IN ('id', 'name', 'office')),  -- the editors' link, or joined by the printed name, or by the office alone
      target TEXT,                                   -- the link as the body holds it ('#p_BND1'), for the reader
      PRIMARY KEY (doc_id, entry_key, role)
    ) WITHOUT ROWID;
    CREATE INDEX doc_people_entry ON doc_people(entry_key, doc_id);
  `,
};
