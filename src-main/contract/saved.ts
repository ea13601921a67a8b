import { z } from 'zod';
import { reads, returns, writes } from './call';
import { id, noArg, tag } from './common';
import type { ExportFile } from './exports';
import type { SearchScope, SearchSort } from './search';
import type { Deleted } from './trash';

const value = z.string().trim().min(1).max(300);
const year = z.number().int().min(1000).max(3000);

/** A search as the search box and Refine panel hold it: the query, the filters chosen beside it, scope and sort. */
export const savedQuery = z
  .object({
    query: z.string().max(1000),
    yearFrom: year.optional(),
    yearTo: year.optional(),
    from: value.optional(),
    to: value.optional(),
    place: value.optional(),
    /** A person of the index (the facet's id or a name), as `person:`. */
    person: value.optional(),
    collection: value.optional(),
    classification: value.optional(),
    tag: tag.optional(),
    caveat: value.optional(),
    repository: value.optional(),
    redacted: value.optional(),
    translation: value.optional(),
    paraphrase: value.optional(),
    /** "Limit to set": a working set's name. */
    set: value.optional(),
    scope: z.enum(['all', 'documents', 'notes']).optional(),
    sort: z.enum(['relevance', 'date']).optional(),
    /** How the UI showed a chosen value (a volume's title for its id): shown again when the search runs again. */
    labels: z.record(z.string().max(40), z.string().max(300)).optional(),
  })
  .strict();

export type SavedQuery = z.infer<typeof savedQuery>;

const name = z.string().trim().min(1).max(200);

/** Saved searches, working sets (frozen result sets, `set:"name"`) and the opt-in research log (issue 17 §3, §6). */
export const savedCalls = {
  /** Saved searches, by name. */
  'saved.searches.list': reads(noArg, returns<SavedSearch[]>()),
  /** Saves the search under a name; a name already used (case aside) is a conflict. */
  'saved.searches.save': writes(z.object({ name, search: savedQuery }).strict(), returns<SavedSearch>()),
  'saved.searches.rename': writes(z.object({ id, name }).strict(), returns<SavedSearch>()),
  /** To the trash: `saved.searches.restore` undoes it. */
  'saved.searches.delete': writes(z.object({ id }).strict(), returns<Deleted>()),
  'saved.searches.restore': writes(z.object({ id }).strict(), returns<SavedSearch>()),
  /** Working sets, by name, each with its count when frozen and how many of its documents the library still holds. */
  'sets.list': reads(noArg, returns<WorkingSet[]>()),
  /** Freezes every document the search matches (not only a page) under a name. */
  'sets.freeze': writes(z.object({ name, search: savedQuery }).strict(), returns<WorkingSet>()),
  'sets.rename': writes(z.object({ id, name }).strict(), returns<WorkingSet>()),
  'sets.delete': writes(z.object({ id }).strict(), returns<Deleted>()),
  'sets.restore': writes(z.object({ id }).strict(), returns<WorkingSet>()),
  /** The set's documents still in the library, oldest first. */
  'sets.docIds': reads(z.object({ id }).strict(), returns<number[]>()),
  /** Every document the search matches, oldest first (for exporting a whole result set). */
  'search.matchIds': reads(z.object({ search: savedQuery }).strict(), returns<number[]>()),
  /** Whether the research log is on, and how many entries it holds. */
  'researchLog.status': reads(noArg, returns<ResearchLogStatus>()),
  /** On: every search and export from now on is kept; off: nothing more is kept (the entries stay). */
  'researchLog.setOn': writes(z.object({ on: z.boolean() }).strict(), returns<ResearchLogStatus>()),
  /** Oldest first. */
  'researchLog.list': reads(noArg, returns<ResearchLogEntry[]>()),
  'researchLog.clear': writes(noArg, returns<ResearchLogStatus>()),
  /** The log as a Markdown method appendix. */
  'researchLog.export': reads(noArg, returns<ExportFile>()),
};

export interface SavedSearch {
  id: number;
  name: string;
  search: SavedQuery;
  createdAt: string;
  updatedAt: string;
}

export interface WorkingSet {
  id: number;
  name: string;
  /** The search frozen. */
  search: SavedQuery;
  /** Documents it matched when frozen. */
  frozenCount: number;
  /** Of those, documents the library still holds. */
  left: number;
  createdAt: string;
  updatedAt: string;
}

export interface ResearchLogStatus {
  on: boolean;
  entries: number;
}

export type ResearchLogEntry =
  | {
      id: number;
      kind: 'search';
      at: string;
      query: string;
      /** The filters beside the words, as read: "years 1900–1901", "from: Conger". */
      filters: string[];
      scope: SearchScope;
      sort: SearchSort;
      /** Documents matching. */
      count: number;
      /** Documents in the library then. */
      libraryDocs: number;
    }
  /** `what`: "citations of 12 documents", "dossier Boxer protocol". */
  | { id: number; kind: 'export'; at: string; what: string; format: string; fileName: string; count: number | null };
