import type { SearchResponse, SearchScope } from '@contract';
import type { useSearch } from '../hooks/use-search';
import type { ViewArgs } from '../components/views/ResultViews';

const counted = (n: number, what: string): string => (n === 1 ? `1 ${what}` : `${n.toLocaleString('en-GB')} ${what}s`);

/** "1,205 documents and 19 sections": the rows of the list, sections counted apart as the import report does. */
function browseLabel(rows: { all: number; sections: number } | null): string {
  if (rows === null) return '';
  const docs = counted(rows.all - rows.sections, 'document');
  return rows.sections > 0 ? `${docs} and ${counted(rows.sections, 'section')}` : docs;
}

/** The line over the list: documents and sections when browsing, matches (and notes) when searching. */
export function listLabel(searching: boolean, response: SearchResponse | null, pending: boolean, rows: { all: number; sections: number } | null, scope: SearchScope): string {
  if (!searching) return browseLabel(rows);
  if (!response) return pending ? 'Searching…' : '';
  const notes = response.facets.notes;
  const inNotes = notes === 1 ? '1 in notes' : `${notes.toLocaleString('en-GB')} in notes`;
  if (scope === 'notes') return inNotes;
  const n = response.total;
  const docsPart = n === 1 ? '1 match' : `${n.toLocaleString('en-GB')} matches`;
  return scope === 'all' && notes > 0 ? `${docsPart} · ${inNotes}` : docsPart;
}

/** The search's query and filters without its paging, sort, scope and log flag: what the result views read. */
export function viewArgsOf(args: ReturnType<typeof useSearch>['args']): ViewArgs | null {
  if (!args) return null;
  const { sort, scope, offset, limit, live, ...rest } = args;
  void [sort, scope, offset, limit, live];
  return rest;
}
