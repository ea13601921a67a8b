import type { ResearchLogEntry, ResearchLogStatus, SavedQuery } from '../../contract';
import type { Db } from '../db/open-database';
import type { Settings } from '../library/settings';
import { describeFilters } from './saved-query';

const SETTING = 'researchLog.on';
/**
 * The app searches as the user types (`live`): a live search refining the one
 * before within this time (the words grow or shrink, the filters stay)
 * replaces it, so the log keeps "Boxer indemnity", not "B", "Bo", "Box"… (a
 * sort or tab chosen just after typing replaces it too: the same documents).
 * A search from the command line is always an entry of its own.
 */
const TYPING_MS = 5000;

interface Row {
  id: number;
  at: string;
  kind: 'search' | 'export';
  query: string;
  details_json: string;
  count: number | null;
}

interface SearchDetails {
  filters: string[];
  scope: 'all' | 'documents' | 'notes';
  sort: 'relevance' | 'date';
  libraryDocs: number;
}
interface ExportDetails {
  format: string;
  fileName: string;
}

function toEntry(r: Row): ResearchLogEntry {
  if (r.kind === 'search') {
    const d = JSON.parse(r.details_json) as SearchDetails;
    return { id: r.id, kind: 'search', at: r.at, query: r.query, filters: d.filters, scope: d.scope, sort: d.sort, count: r.count ?? 0, libraryDocs: d.libraryDocs };
  }
  const d = JSON.parse(r.details_json) as ExportDetails;
  return { id: r.id, kind: 'export', at: r.at, what: r.query, format: d.format, fileName: d.fileName, count: r.count };
}

const refines = (a: string, b: string): boolean => a.startsWith(b) || b.startsWith(a);
/** Sorting or switching the tabs right after typing finds the same documents: the same search, as the log tells it. */
const sameFilters = (json: string, d: SearchDetails): boolean => (JSON.parse(json) as SearchDetails).filters.join('\n') === d.filters.join('\n');

/** The opt-in research log: off by default; while on, searches and exports are kept in the library. */
export function createResearchLog({ db, settings, now }: { db: Db; settings: Settings; now: () => string }) {
  const insert = db.prepare('INSERT INTO research_log (at, kind, query, details_json, count) VALUES (?, ?, ?, ?, ?)');
  const last = db.prepare('SELECT * FROM research_log ORDER BY id DESC LIMIT 1');
  const on = (): boolean => settings.get(SETTING) === 'on';
  const status = (): ResearchLogStatus => ({ on: on(), entries: Number(db.prepare('SELECT count(*) FROM research_log').pluck().get()) });
  return {
    status,
    setOn(value: boolean): ResearchLogStatus {
      settings.set(SETTING, value ? 'on' : 'off');
      return status();
    },
    /** A search (first page only: scrolling is not a new search); nothing while the log is off. */
    recordSearch(search: SavedQuery, count: number, libraryDocs: number, live = false): void {
      if (!on()) return;
      const at = now();
      const details: SearchDetails = { filters: describeFilters(search), scope: search.scope ?? 'all', sort: search.sort ?? 'relevance', libraryDocs };
      const json = JSON.stringify(details);
      const prev = last.get() as Row | undefined;
      const typing = live && prev?.kind === 'search' && Date.parse(at) - Date.parse(prev.at) < TYPING_MS && sameFilters(prev.details_json, details) && refines(prev.query, search.query.trim());
      if (prev && typing) {
        db.prepare('UPDATE research_log SET at = ?, query = ?, details_json = ?, count = ? WHERE id = ?').run(at, search.query.trim(), json, count, prev.id);
        return;
      }
      insert.run(at, 'search', search.query.trim(), json, count);
    },
    /** An export: `what` was exported, in which format, under which file name. */
    recordExport(what: string, format: string, fileName: string, count: number | null): void {
      if (!on()) return;
      const details: ExportDetails = { format, fileName };
      insert.run(now(), 'export', what, JSON.stringify(details), count);
    },
    list(): ResearchLogEntry[] {
      return (db.prepare('SELECT * FROM research_log ORDER BY at, id').all() as Row[]).map(toEntry);
    },
    clear(): ResearchLogStatus {
      db.prepare('DELETE FROM research_log').run();
      return status();
    },
  };
}

export type ResearchLog = ReturnType<typeof createResearchLog>;
