import { z } from 'zod';
import { reads, returns } from './call';
import { tag } from './common';
import type { HighlightColor } from './highlights';
import type { DocSummary } from './library';

/** The source facets' choices, same meaning as the query's `caveat:`, `repository:`, `redacted:`, `translation:`, `paraphrase:`. */
const sourceFilters = {
  caveat: z.string().max(300).optional(),
  repository: z.string().max(300).optional(),
  redacted: z.string().max(300).optional(),
  translation: z.string().regex(/^(?:yes|no)$/i).optional(),
  paraphrase: z.string().regex(/^(?:yes|no)$/i).optional(),
};

/**
 * What narrows a search's match set besides its words: the Refine panel's choices, same meaning as the query's
 * fields (`year:1947..1949`, `to:`, `place:`…). One shape for the search, its inspector and the result views, so
 * a filter added to one is never refused by another.
 */
export const matchFilters = {
  year: z.number().int().min(1000).max(3000).optional(),
  yearFrom: z.number().int().min(1000).max(3000).optional(),
  yearTo: z.number().int().min(1000).max(3000).optional(),
  from: z.string().max(300).optional(),
  to: z.string().max(300).optional(),
  place: z.string().max(300).optional(),
  collection: z.string().max(300).optional(),
  classification: z.string().max(300).optional(),
  /** Documents and notes carrying this tag. */
  tag: tag.optional(),
  /** "Limit to set": a working set's name, as the query's `set:`. */
  set: z.string().max(300).optional(),
  /** A person, as the person facet gives it (the id) or by name, same meaning as `person:`. */
  person: z.string().max(300).optional(),
  ...sourceFilters,
};

/** Full-text search over documents and the user's notes, and the `[[` autocomplete. */
export const searchCalls = {
  'library.search': reads(
    z
      .object({
        query: z.string().max(1000),
        limit: z.number().int().min(1).max(1000).optional(),
        /** Which hits to return (default 'all'; the query's `in:notes` / `in:documents` overrides it); `facets` counts both kinds regardless. */
        scope: z.enum(['all', 'documents', 'notes']).optional(),
        /** Page of document hits: `offset` into the ranked list, `limit` hits (default 200). */
        offset: z.number().int().min(0).max(10_000_000).optional(),
        sort: z.enum(['relevance', 'date']).optional(),
        /**
         * For the research log. `true`: searched as the user types, so this search replaces the one before when it
         * only refines its words; `false`: asked beside a search (further pages, the years around it), not logged;
         * absent: a search of its own (the CLI's).
         */
        live: z.boolean().optional(),
        ...matchFilters,
      })
      .strict(),
    returns<SearchResponse>(),
  ),
  /**
   * What the query became, for the inspector under the search box: each term after folding and stemming (with
   * what reaches further than typed) and how many documents hold it, the fields as filters, the exclusions, and
   * — when nothing matches — why. Takes the same filters as `library.search`, so the explanation counts them too.
   */
  'search.inspect': reads(
    z
      .object({
        query: z.string().max(1000),
        ...matchFilters,
      })
      .strict(),
    returns<QueryInspection>(),
  ),
  /**
   * For `[[` autocomplete: documents matching every typed term — a word starting a word of the title or of a
   * sender's or recipient's name, a date (`1900`, `1900-07`, `1900-07-14`), a document number (`42`, `No. 42`).
   */
  'documents.suggest': reads(
    z.object({ prefix: z.string().max(300), limit: z.number().int().min(1).max(100).optional() }).strict(),
    returns<DocSuggestions>(),
  ),
};

export interface Snippet {
  text: string;
  /** [start, end) offsets into `text` of the matched terms. */
  highlights: Array<[number, number]>;
}

/** `hit` tells document hits from note hits (`kind` is the document's kind: telegram, letter…). */
export interface SearchHit extends DocSummary {
  hit: 'document';
  score: number;
  snippet: Snippet;
}

/**
 * A hit in the user's own writing: a note (free-standing or a document's note)
 * or the comment on a highlight. Ranked among themselves (FTS5 rank), not
 * against documents: the two lists answer different questions.
 */
export type NoteHit =
  | { hit: 'note'; noteId: number; docId: number | null; title: string; snippet: Snippet; tags: string[]; updatedAt: string }
  | {
      hit: 'highlight';
      highlightId: number;
      docId: number;
      /** The document's title. */
      title: string;
      /** Of the comment. */
      snippet: Snippet;
      /** The highlighted text. */
      quote: string;
      color: HighlightColor;
      updatedAt: string;
    };

export type SearchScope = 'all' | 'documents' | 'notes';
export type SearchSort = 'relevance' | 'date';

/** One value of a facet and how many matching documents carry it; `label` names a collection id. */
export interface FacetCount {
  value: string;
  count: number;
  label?: string;
}

/** A known place matching documents were sent from, where it lies (src-shared/places), for the map. */
export interface PlaceCount {
  id: string;
  name: string;
  country: string;
  lat: number;
  lon: number;
  count: number;
}

/**
 * Counts per kind whatever the scope, for tabs (notes counts notes and
 * highlight comments), and facets over ALL matching documents: every year
 * with a match (ascending; the UI groups decades), and the 20 commonest
 * values of the others (most first).
 */
export interface SearchFacets {
  documents: number;
  notes: number;
  year: Array<{ value: number; count: number }>;
  sender: FacetCount[];
  recipient: FacetCount[];
  /** Places by the gazetteer's name ("Peking" for Peiping too), labelled with the country; unknown places as written. */
  place: FacetCount[];
  /** Every known place with a match, not only the top 20, with coordinates: the map's dots. */
  places: PlaceCount[];
  collection: FacetCount[];
  classification: FacetCount[];
  tag: FacetCount[];
  /** People of the person index in any role (sender, recipient, mentioned): `value` the person's id, `label` the name. */
  person: FacetCount[];
  /** From the source notes: handling caveats (Nodis, Eyes Only…) and repositories, the 20 commonest. */
  caveat: FacetCount[];
  repository: FacetCount[];
  /** `yes` and `no` (each shown only when some match has it), `label` for display. */
  translation: FacetCount[];
  paraphrase: FacetCount[];
  /** `yes` (any marker of withheld or omitted text), `no`, then each kind of marker (`not declassified`, `omitted`…). */
  redacted: FacetCount[];
}

export interface SearchResponse {
  query: string;
  /** Documents matching (all of them, not only those in `hits`). */
  total: number;
  /** Document hits of the requested page (`offset`, `limit`), best first; empty when scope is 'notes'. */
  hits: SearchHit[];
  /** Note and highlight-comment hits, best first; empty when scope is 'documents'. */
  noteHits: NoteHit[];
  facets: SearchFacets;
  /** Where `hits` starts in the whole ranked list. */
  offset: number;
  sort: SearchSort;
  /** Which hits were asked for: the query's `in:notes` / `in:documents` when it has one, else the request's `scope`. */
  scope: SearchScope;
  /** Set when part of the query could not be read as written (unbalanced quote, unknown field…); the search ran anyway. */
  hint?: string;
}

/** A `[[` autocomplete row; the editor writes `[[doc:ID|Title]]`. */
export interface DocSuggestion {
  id: number;
  title: string;
  date: string | null;
  /** The document's number in its volume (FRUS "No. 42"), to tell look-alike titles apart. */
  number: string | null;
  /** Title of the volume (collection) it belongs to. */
  volume: string | null;
}

/** The `[[` autocomplete's answer: the first candidates, oldest first, and how many match in all (type more to narrow). */
export interface DocSuggestions {
  total: number;
  items: DocSuggestion[];
}

/**
 * One word, prefix or phrase of the query as the index reads it. `searched` is what is looked up: the Porter
 * stem (`containment` → `contain`), a prefix's stem with `*`, a phrase's stems, or the word itself for `=word`.
 */
export interface InspectedTerm {
  kind: 'word' | 'prefix' | 'phrase' | 'exact';
  /** As typed, folded (case, diacritics): `containment`, `s`, `secretary of state`. */
  typed: string;
  searched: string;
  /** A word (`-word`) no result may hold. */
  excluded: boolean;
  /** How it joins the term before it: `or` inside an OR group, else `and`. */
  joined: 'and' | 'or';
  /** A later word of a NEAR group: within this many words of the others. */
  within?: number;
  /** Documents holding it, in the whole library (the same count FTS5 gives). */
  docs: number;
  /** Set where the term reaches further than typed: other words of the library with the same stem. */
  broader?: { forms: string[] };
  /** Other forms of the same word met in the library (plurals, tenses): matched, but no warning. */
  forms?: string[];
  /** A prefix: how many indexed terms it stands for. */
  expands?: number;
}

/** A field of the query (`year:1936`, `from:Hull`, `-place:Paris`, `in:notes`) or a filter chosen beside it. */
export interface InspectedFilter {
  field: string;
  /** The value as read: `1936`, `1936–1938`, `Hull`. */
  value: string;
  /** `-from:Hull`: documents with it are left out. */
  excluded: boolean;
  /** From the query's own text (false: a filter chosen in the Refine panel). */
  inQuery: boolean;
  /** Documents of the library it keeps (absent for `in:`). */
  docs?: number;
  /** Why it can keep nothing: `set:` naming no working set (the sentence names the sets there are). */
  problem?: string;
}

/**
 * Why nothing matched. `unknown`: these terms are in no document (with the nearest terms of the library);
 * `apart`: every term matches, never all together (`pair`: two with no document in common, when there is such
 * a pair); `excluded`: the exclusions remove every match; `filtered`: the words match `matched` documents, none
 * passing all filters (`filters`: how many of those each filter alone keeps; `years`: the first and last year of those dated).
 */
export type ZeroExplanation =
  | { kind: 'unknown'; terms: Array<{ typed: string; suggestions: string[] }> }
  | { kind: 'apart'; terms: Array<{ typed: string; docs: number }>; pair?: [string, string] }
  | { kind: 'excluded'; matched: number; exclusions: Array<{ typed: string; docs: number }> }
  | { kind: 'filtered'; matched: number; filters: Array<InspectedFilter & { keeps: number }>; years?: [number, number] };

export interface QueryInspection {
  query: string;
  /** The positive terms, then the excluded ones, in the order typed. */
  terms: InspectedTerm[];
  filters: InspectedFilter[];
  /** Documents matching the whole query with its filters (as `library.search`'s total). */
  total: number;
  /** Set when `total` is 0 and the query asked for something. */
  zero?: ZeroExplanation;
}
