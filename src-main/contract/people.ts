import { z } from 'zod';
import { reads, returns, writes } from './call';
import { id } from './common';

/**
 * The person index (issue 16 §1): the persons lists of the volumes
 * (`<persName xml:id="p_BND1">`), the names the text links to them
 * (`<persName corresp="#p_BND1">`, also into another volume's list), and the
 * correspondents without an id, joined by a normalised name and role and
 * marked inferred. An editor's id always wins over an inference.
 */
export const peopleCalls = {
  /** People of the library (or of one volume), best match first when `query` is given, else by name. */
  'people.list': reads(
    z
      .object({
        query: z.string().max(300).optional(),
        collection: z.string().min(1).max(200).optional(),
        limit: z.number().int().min(1).max(5000).optional(),
      })
      .strict(),
    returns<PersonSummary[]>(),
  ),
  /** A person's page: description, every document by role and date, a year histogram, where the entry comes from. */
  'people.get': reads(z.object({ id }).strict(), returns<PersonPage>()),
  /** The people a document names, with their roles in it: what the reader links and shows on hover. */
  'people.ofDocument': reads(z.object({ id }).strict(), returns<DocumentPerson[]>()),
  /** Join `from` into `into` (one person after all); the two original entries stay recorded. */
  'people.merge': writes(z.object({ into: id, from: id }).strict(), returns<PersonPage>()),
  /** Undo a merge: every entry joined into `id` becomes its own person again. */
  'people.split': writes(z.object({ id }).strict(), returns<PersonSummary[]>()),
};

export type PersonRole = 'sender' | 'recipient' | 'mentioned';

/** Where an entry comes from: a volume's persons list, or inferred from a correspondent's name and role. */
export type PersonSource = 'listed' | 'inferred';

export interface PersonSummary {
  id: number;
  /** As the list prints it: 'Baker, Newton D.'; for an inferred person, the name as the heading gives it. */
  name: string;
  /** The list's description ('Secretary of War'), or the role an inferred person was read with ('Ambassador in Russia'). */
  description: string;
  source: PersonSource;
  /** The volumes whose lists (or documents) the entry comes from. */
  collections: string[];
  /** Documents by role (a document counts once per role). */
  sent: number;
  received: number;
  mentioned: number;
  /** Set when this entry has been merged into another by the user: the person it now belongs to. */
  mergedInto?: number;
}

/** One of the volume entries a person is made of: what an editor (or an inference) recorded, kept as it was. */
export interface PersonEntry {
  collection: string | null;
  /** The list's id ('p_BND1'); null for an inferred entry. */
  xmlId: string | null;
  name: string;
  description: string;
  source: PersonSource;
  /** True when the user merged this entry in (it was a person of its own). */
  mergedByUser: boolean;
  /**
   * True when a persons list of the library holds the entry. False for an
   * inferred entry, and for an id another volume's text links to while that
   * volume is not in the library: kept as the text names it, never filled in.
   */
  listed: boolean;
}

export interface PersonDocument {
  id: number;
  title: string;
  /** 'YYYY-MM-DD' (or with time), as the library keeps it. */
  date: string | null;
  collection: string | null;
  number: string | null;
  roles: PersonRole[];
}

export interface PersonPage extends PersonSummary {
  entries: PersonEntry[];
  /** Every document, in date order (undated last). */
  documents: PersonDocument[];
  /** Documents per year and role, ascending: the histogram. */
  years: Array<{ year: number; sent: number; received: number; mentioned: number }>;
}

export interface DocumentPerson {
  personId: number;
  name: string;
  description: string;
  source: PersonSource;
  roles: PersonRole[];
  /** The ids the text links with (`p_BND1`, `frus1917Supp02v01#p_BAJ1`), for the reader to find the names. */
  targets: string[];
  /** Mentions in the document (text and footnotes). */
  count: number;
}
