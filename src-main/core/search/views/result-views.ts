import type { ConcordanceSort, ConcordanceView, TimelineView, TrendView } from '../../../contract';
import type { DocumentRepository } from '../../library/document-repository';
import type { RequestFilters } from '../filters';
import { marksOf } from '../match-marks';
import { collectConcordance, type ConcordanceDoc } from './concordance';
import { sortLines } from './kwic';
import { matchSet, type ViewDeps } from './match-set';
import { grouped, methodNote } from './method-note';
import { countTimeline, dayToKey, DOC_LIMIT, keyToDay } from './timeline';
import { countByYear, trendPoints, yearsOf } from './trend';

interface Deps extends ViewDeps {
  repo: DocumentRepository;
  /** ISO time, as the core's clock gives it. */
  now?: () => string;
}

/** At most this many concordance lines (the rest are counted). */
export const CONCORDANCE_LIMIT = 1000;

const span = (w: [number, number] | null): [string, string] | null => (w ? [keyToDay(w[0]), keyToDay(w[1])] : null);

/** Timeline, concordance and term trend over a search's whole match set. */
export function createResultViews(deps: Deps) {
  const { db, repo, index } = deps;
  const now = (): Date => new Date(deps.now?.() ?? Date.now());
  const docRow = db.prepare('SELECT title, date_start AS date, plain_text AS text FROM documents WHERE id = ?');
  const docOf = (id: number): ConcordanceDoc | undefined => docRow.get(id) as ConcordanceDoc | undefined;
  // A handful per volume, read through their own index: cheap to ask on each concordance.
  const sectionRows = db.prepare("SELECT id FROM documents INDEXED BY documents_sections WHERE kind = 'section'").pluck();
  const sectionsIn = (matched: Uint8Array): Set<number> => new Set((sectionRows.all() as number[]).filter((id) => matched[id] === 1));
  const libraryDocs = (): number => index.store.size;

  return {
    timeline(req: RequestFilters & { query: string; dateFrom?: string; dateTo?: string }): TimelineView {
      const { query, dateFrom, dateTo, ...filters } = req;
      const set = matchSet(deps, query, filters);
      const window = { ...(dateFrom ? { from: dayToKey(dateFrom) } : {}), ...(dateTo ? { to: dayToKey(dateTo) } : {}) };
      const c = countTimeline(index.store, set.ids, window);
      const titles = c.ids ? new Map(repo.summaries(c.ids).map((d) => [d.id, d])) : null;
      const docs = c.ids && titles ? c.ids.flatMap((id) => { const d = titles.get(id); return d ? [{ id, date: d.date ?? '', title: d.title }] : []; }) : null;
      const counts = `${grouped(set.ids.length)} of ${grouped(libraryDocs())} documents match, ${grouped(c.undated)} undated; counted by ${c.unit}`;
      return {
        query,
        total: set.ids.length,
        undated: c.undated,
        extent: span(c.extent),
        window: span(c.window),
        inWindow: c.inWindow,
        unit: c.unit,
        buckets: c.buckets,
        docs,
        docLimit: DOC_LIMIT,
        note: methodNote('Timeline', [query], filters, counts, now()),
      };
    },

    concordance(req: RequestFilters & { query: string; sort?: ConcordanceSort; limit?: number }): ConcordanceView {
      const { query, sort = 'document', limit = CONCORDANCE_LIMIT, ...filters } = req;
      const set = matchSet(deps, query, filters);
      const sections = sectionsIn(set.matched);
      const documents = set.ids.length - sections.size;
      const found = collectConcordance(index.store, set.matched, marksOf(set.parsed.match), Math.min(limit, CONCORDANCE_LIMIT), docOf, sections);
      // Beyond the documents read, as many occurrences per document as in those read.
      const occurrences = found.complete || found.read === 0 ? found.occurrences : Math.round((found.occurrences / found.read) * documents);
      const total = found.complete ? `${grouped(occurrences)} occurrences in ${grouped(found.withOccurrences)} of ${grouped(documents)} matching documents` : `about ${grouped(occurrences)} occurrences in ${grouped(documents)} matching documents (estimated from the first ${grouped(found.read)})`;
      const left = sections.size > 0 ? `; ${grouped(sections.size)} matching ${sections.size === 1 ? 'section' : 'sections'} (index, lists) left out` : '';
      const counts = `${total}${left}; the first ${grouped(found.lines.length)} shown, oldest document first, sorted by ${sort === 'document' ? 'document' : `${sort} context`}`;
      return {
        query,
        documents,
        sections: sections.size,
        occurrences,
        complete: found.complete,
        read: found.read,
        withOccurrences: found.withOccurrences,
        lines: sortLines(found.lines, sort),
        sort,
        note: methodNote('Concordance', [query], filters, counts, now()),
      };
    },

    trend(req: RequestFilters & { queries: string[] }): TrendView {
      const { queries, ...filters } = req;
      // The denominator: every document of the year the filters keep (the whole library without filters).
      const scope = countByYear(index.store, matchSet(deps, '', filters).ids);
      const years = yearsOf(scope);
      const series = queries.map((query) => {
        const set = matchSet(deps, query, filters);
        return { query, total: set.ids.length, points: trendPoints(years, countByYear(index.store, set.ids), scope) };
      });
      const inScope = years.reduce((n, y) => n + (scope[y] ?? 0), 0);
      const counts = `${series.map((s) => `${grouped(s.total)} matching`).join(', ')}; share of the ${grouped(inScope)} dated documents in scope, per year`;
      return { years, series, note: methodNote('Term trend', queries, filters, counts, now()) };
    },
  };
}

export type ResultViews = ReturnType<typeof createResultViews>;
