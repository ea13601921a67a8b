import { z } from 'zod';
import { reads, returns } from './call';
import { matchFilters } from './search';

/** The filters of `library.search` (the Refine panel's choices), which every view takes so it reads the same match set. */
const filters = matchFilters;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const CONCORDANCE_SORTS = ['document', 'left', 'right'] as const;
export type ConcordanceSort = (typeof CONCORDANCE_SORTS)[number];

/** Views of a search's whole match set (not only the page of hits): timeline, concordance, term trend. */
export const viewCalls = {
  /**
   * Matching documents by date: counts per day, month or year (whichever keeps the chart readable), and the
   * documents themselves when the window (`dateFrom`..`dateTo`, the zoomed part of the chart) holds few enough.
   */
  'search.timeline': reads(z.object({ query: z.string().max(1000), dateFrom: day.optional(), dateTo: day.optional(), ...filters }).strict(), returns<TimelineView>()),
  /** Every occurrence of the query's words in the matching documents (oldest first), aligned on the word: the first `limit` (≤ 1,000). */
  'search.concordance': reads(
    z.object({ query: z.string().max(1000), sort: z.enum(CONCORDANCE_SORTS).optional(), limit: z.number().int().min(1).max(1000).optional(), ...filters }).strict(),
    returns<ConcordanceView>(),
  ),
  /** Each query's share of the documents of each year (the documents in scope of that year: the library, or what the filters keep). */
  'search.trend': reads(z.object({ queries: z.array(z.string().min(1).max(1000)).min(1).max(6), ...filters }).strict(), returns<TrendView>()),
};

export type TimelineUnit = 'day' | 'month' | 'year';

/** Matching documents of one day, month or year; `date` is its first day (YYYY-MM-DD). */
export interface TimelineBucket {
  date: string;
  count: number;
}

/** A document on the timeline; `date` as the document gives it (`1918-03`, a month only, is placed on its first day). */
export interface TimelineDoc {
  id: number;
  date: string;
  title: string;
}

export interface TimelineView {
  query: string;
  /** Matching documents, dated or not. */
  total: number;
  /** Matching documents without a date (not on the chart). */
  undated: number;
  /** First and last day of the matching documents (the chart's whole extent); null when none is dated. */
  extent: [string, string] | null;
  /** The window counted (`dateFrom`..`dateTo`, or the extent). */
  window: [string, string] | null;
  /** Matching dated documents in the window. */
  inWindow: number;
  unit: TimelineUnit;
  buckets: TimelineBucket[];
  /** Each document of the window, oldest first, when it holds at most `docLimit`; else null (read the buckets). */
  docs: TimelineDoc[] | null;
  docLimit: number;
  /** One line saying what was counted: query, filters, counts, date made. */
  note: string;
}

/** One occurrence: `[start, end)` are offsets in the document's text as the shared walker counts them (src-shared/text/walk.ts). */
export interface ConcordanceLine {
  docId: number;
  title: string;
  date: string | null;
  start: number;
  end: number;
  /** Context on each side (white space collapsed), and the matched text. */
  left: string;
  keyword: string;
  right: string;
}

export interface ConcordanceView {
  query: string;
  /** Matching documents, sections left out. */
  documents: number;
  /** Matching sections (a volume's index, list of papers…) left out: their lines are page lists, not usage. */
  sections: number;
  /**
   * Occurrences in all of them: exact when `complete` (every matching text was read), else estimated from the
   * documents read (the first 1,000 occurrences are gathered without reading the rest).
   */
  occurrences: number;
  complete: boolean;
  /** Matching documents read; of them, those whose text holds an occurrence (a match on the title or a name alone holds none). */
  read: number;
  withOccurrences: number;
  /** The first occurrences (documents oldest first, then in text order), sorted as asked. */
  lines: ConcordanceLine[];
  sort: ConcordanceSort;
  note: string;
}

/** One year of one query: matching documents, documents of the year in scope, and the share (0..1). */
export interface TrendPoint {
  year: number;
  matches: number;
  docs: number;
  share: number;
}

export interface TrendSeries {
  query: string;
  /** Matching documents, dated or not. */
  total: number;
  points: TrendPoint[];
}

export interface TrendView {
  /** Every year with documents in scope, ascending; each series has a point for each. */
  years: number[];
  series: TrendSeries[];
  note: string;
}
