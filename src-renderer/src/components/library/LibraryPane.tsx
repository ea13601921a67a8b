import { useEffect, useMemo, useState, type ReactNode, type RefObject } from 'react';
import type { NoteHit, SearchScope, SearchSort } from '@contract';
import type { ImportState } from '../../hooks/use-import';
import type { LibraryState } from '../../hooks/use-library';
import { useDocSummaries } from '../../hooks/use-doc-summaries';
import { useHitPages } from '../../hooks/use-hit-pages';
import { useHitStepping } from '../../hooks/use-hit-stepping';
import { useListNav } from '../../hooks/use-list-nav';
import { usePersistentString } from '../../hooks/use-persistent-state';
import { isSearching, NO_FILTERS, useSearch, type FacetField, type SearchFilters } from '../../hooks/use-search';
import { useAllTags } from '../../hooks/use-tags';
import { useYearContext } from '../../hooks/use-year-context';
import { flatRows, groupedRows } from '../../lib/browse-rows';
import { BrowseList, rowId } from './BrowseList';
import { FilterChips } from './FilterChips';
import { HitList, hitId } from './HitList';
import { ImportButton } from './ImportButton';
import { ImportPanel } from './ImportPanel';
import { ListBar, type ViewMode } from './ListBar';
import { QueryHelp } from './QueryHelp';
import { QueryInspector } from './QueryInspector';
import { Refine } from './Refine';
import { SearchBox } from './SearchBox';
import { ZeroResults } from './ZeroResults';
import { useInspection } from '../../hooks/use-inspection';
import { replaceWord } from '../../lib/inspection-text';
import { SelectionBar } from '../dossiers/SelectionBar';
import { withoutScope } from '../../lib/query-scope';
import { useSavedLists } from '../../hooks/use-saved-lists';
import { fromSavedQuery, toSavedQuery } from '../../lib/saved-query';
import { onRunSearchRequest } from '../../lib/saved-store';
import { ResultActions } from '../saved/ResultActions';
import { SavedBar } from '../saved/SavedBar';
import { ResultViews } from '../views/ResultViews';
import { useSelection } from '../../hooks/use-selection';
import { listLabel, viewArgsOf } from '../../lib/list-label';

interface Props {
  library: LibraryState;
  query: string;
  onQuery: (q: string) => void;
  mode: ViewMode;
  onMode: (m: ViewMode) => void;
  openId: number | null;
  onOpen: (id: number, other?: boolean) => void;
  importState: ImportState;
  onImport: (files: File[]) => void;
  onCancelImport: () => void;
  onDismissImport: () => void;
  searchInput: RefObject<HTMLInputElement | null>;
  onOpenNoteHit: (hit: NoteHit, other: boolean) => void;
  /** Library · Dossiers switch, under the header. */
  tabs: ReactNode;
  /** Shown instead of search and list (the dossiers view); the library keeps its state. */
  alternate: ReactNode | null;
}

export function LibraryPane(props: Props) {
  const { library, query, mode, openId, onOpen, importState, searchInput } = props;
  const [filters, setFilters] = useState<SearchFilters>(NO_FILTERS);
  const [labels, setLabels] = useState<Partial<Record<FacetField, string>>>({});
  const [scope, setScope] = useState<SearchScope>('all');
  const [sort, setSort] = useState<SearchSort>('relevance');
  const [refineOpen, setRefineOpen] = usePersistentString('chancery.refine', 'open');
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [viewsOpen, setViewsOpen] = useState(false);
  // Tags change without a reload of the library: search again so the tag facet follows.
  const tags = useAllTags();
  const version = useMemo(() => ({ library: library.version, tags }), [library.version, tags]);
  const search = useSearch(query, filters, sort, scope, version);
  const searching = isSearching(query, filters);
  const inspection = useInspection(query, filters, version);
  // The explanation only for the answer on screen (the same query), so it never describes another search.
  const zero = inspection?.zero !== undefined && search.response?.query === inspection.query ? inspection.zero : undefined;
  const pages = useHitPages(searching ? search.response : null, search.args);
  const years = useYearContext(search.facets, search.args);
  const { selected, toggleSelect, clearSelection } = useSelection(query);
  const saved = useSavedLists(library.version);
  const onQuery = props.onQuery;
  // A saved search run again: its words and every filter, scope and sort back in place.
  useEffect(
    () =>
      onRunSearchRequest((s) => {
        const v = fromSavedQuery(s);
        onQuery(v.query);
        setFilters(v.filters);
        setLabels(v.labels);
        setScope(v.scope);
        setSort(v.sort);
      }),
    [onQuery],
  );
  const within = filters.fields.set ?? null;
  const limitTo = (name: string | null): void => {
    const rest = Object.fromEntries(Object.entries(filters.fields).filter(([k]) => k !== 'set'));
    setFilters({ ...filters, fields: name === null ? rest : { ...rest, set: name } });
  };

  const rows = useMemo(() => {
    const outline = library.outline;
    if (!outline) return [];
    return mode === 'flat' ? flatRows(outline) : groupedRows(outline, collapsed);
  }, [library.outline, mode, collapsed]);
  const summaries = useDocSummaries(version);

  const toggle = (key: string): void =>
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  // What the hits answer: the query's own `in:notes` / `in:documents` overrides the tabs.
  const shown: SearchScope = (searching ? search.response?.scope : undefined) ?? scope;
  const chooseScope = (s: SearchScope): void => {
    setScope(s);
    const plain = withoutScope(query);
    if (plain !== query.trim()) props.onQuery(plain);
  };
  const docHits = shown === 'notes' ? 0 : pages.total;
  const nav = useListNav(searching ? docHits : rows.length, searching ? search.response : rows, (i, alt) => {
    if (searching) {
      const hit = pages.hitAt(i);
      if (hit) onOpen(hit.id, alt);
      return;
    }
    const row = rows[i];
    if (row?.kind === 'doc') onOpen(row.id, alt);
    else if (row) toggle(row.key);
  });
  useHitStepping(searching ? pages.loaded : [], openId, (i, id) => {
    nav.setActive(i);
    onOpen(id);
  });
  const activeId = nav.active === null ? undefined : searching ? hitId(nav.active) : rowId(nav.active);
  const viewArgs = useMemo(() => viewArgsOf(search.args), [search.args]);
  const count = library.outline ? { all: library.outline.ids.length, sections: library.outline.sections } : null;

  return (
    <div className="library">
      <header className="library-head">
        <h1 className="brand">Chancery</h1>
        <ImportButton disabled={importState.phase !== 'idle'} onFiles={props.onImport} />
      </header>
      {props.tabs}
      {props.alternate}
      <div className="library-main" hidden={props.alternate !== null}>
        <div className="library-controls">
          <div className="search-row">
            <SearchBox
              inputRef={searchInput}
              query={query}
              pending={search.pending}
              controls={searching ? 'hits' : 'browse'}
              activeId={activeId}
              onQuery={props.onQuery}
              onKeyDown={nav.onKeyDown}
            />
            <QueryHelp />
          </div>
          {searching && search.response?.hint !== undefined && <p className="search-hint">{search.response.hint}</p>}
          {searching && <QueryInspector inspection={inspection} />}
          <FilterChips filters={filters} labels={labels} onFilters={setFilters} />
          <SavedBar lists={saved} within={within} onWithin={limitTo} />
          {searching && search.response && shown !== 'notes' && <ResultActions search={toSavedQuery({ query, filters, labels, scope, sort })} total={search.response.total} />}
        </div>
        <Refine
          open={refineOpen === 'open'}
          onOpen={(o) => setRefineOpen(o ? 'open' : 'closed')}
          facets={search.facets}
          years={years}
          filters={filters}
          onFilters={setFilters}
          onLabel={(field, label) => setLabels((l) => ({ ...l, [field]: label }))}
        />
        <ImportPanel state={importState} onOpen={onOpen} onCancel={props.onCancelImport} onDismiss={props.onDismissImport} />
        <ListBar
          label={listLabel(searching, search.response, search.pending, count, shown)}
          mode={mode}
          onMode={searching ? null : props.onMode}
          facets={searching && search.response ? { scope: shown, ...search.response.facets, onScope: chooseScope } : null}
          sort={searching && shown !== 'notes' ? { value: sort, onSort: setSort } : null}
        />
        {searching && viewArgs && (search.response?.total ?? 0) > 0 && (
          <button type="button" className="views-open" onClick={() => setViewsOpen(true)} title="Timeline, concordance and term trend of all the matches">
            Timeline · Concordance · Trend
          </button>
        )}
        {viewsOpen && viewArgs && <ResultViews args={viewArgs} onOpen={(id) => onOpen(id)} onClose={() => setViewsOpen(false)} />}
        {searching && <SelectionBar ids={[...selected]} onClear={clearSelection} />}
        <div className="library-list">
          {library.error !== null ? (
            <p className="list-message error">Cannot load the library: {library.error}</p>
          ) : searching ? (
            <HitList
              response={search.response}
              listKey={JSON.stringify(search.args)}
              pages={pages}
              scope={shown}
              onScope={chooseScope}
              pending={search.pending}
              error={search.error}
              active={nav.active}
              openId={openId}
              onOpen={onOpen}
              onActive={nav.setActive}
              onKeyDown={nav.onKeyDown}
              onOpenNoteHit={props.onOpenNoteHit}
              selected={selected}
              onSelect={toggleSelect}
              empty={inspection && zero ? <ZeroResults inspection={inspection} zero={zero} onReplace={(typed, word) => props.onQuery(replaceWord(query, typed, word))} /> : undefined}
            />
          ) : library.outline === null ? (
            <p className="list-message">Loading the library…</p>
          ) : library.outline.ids.length === 0 ? (
            <p className="list-message">The library is empty. Use Import… or drop FRUS TEI, telegram text or Markdown files onto the window.</p>
          ) : (
            <BrowseList
              rows={rows}
              docs={summaries}
              active={nav.active}
              openId={openId}
              onOpen={onOpen}
              onToggle={toggle}
              onActive={nav.setActive}
              onKeyDown={nav.onKeyDown}
            />
          )}
        </div>
      </div>
    </div>
  );
}
