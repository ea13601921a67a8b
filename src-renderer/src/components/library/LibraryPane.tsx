import { useMemo, useState, type ReactNode, type RefObject } from 'react';
import type { NoteHit, SearchResponse, SearchScope } from '../../../../src-main/contract/views';
import type { ImportState } from '../../hooks/use-import';
import type { LibraryState } from '../../hooks/use-library';
import { useHitStepping } from '../../hooks/use-hit-stepping';
import { useListNav } from '../../hooks/use-list-nav';
import { isSearching, NO_FILTERS, useSearch, type SearchFilters } from '../../hooks/use-search';
import { flatRows, groupedRows } from '../../lib/browse-rows';
import { BrowseList, rowId } from './BrowseList';
import { FilterBar } from './FilterBar';
import { HitList, hitId } from './HitList';
import { ImportButton } from './ImportButton';
import { ImportPanel } from './ImportPanel';
import { ListBar, type ViewMode } from './ListBar';
import { SearchBox } from './SearchBox';
import { SelectionBar } from '../dossiers/SelectionBar';

function listLabel(searching: boolean, response: SearchResponse | null, pending: boolean, docs: number | null, scope: SearchScope): string {
  if (!searching) return docs === null ? '' : docs === 1 ? '1 document' : `${docs.toLocaleString('en-GB')} documents`;
  if (!response) return pending ? 'Searching…' : '';
  const notes = response.facets.notes;
  const inNotes = notes === 1 ? '1 in notes' : `${notes.toLocaleString('en-GB')} in notes`;
  if (scope === 'notes') return inNotes;
  const n = response.total;
  const shown = response.hits.length;
  const docsPart = `${n === 1 ? '1 match' : `${n.toLocaleString('en-GB')} matches`}${n > shown ? ` · best ${shown} shown` : ''}`;
  return scope === 'all' && notes > 0 ? `${docsPart} · ${inNotes}` : docsPart;
}

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
  const [scope, setScope] = useState<SearchScope>('all');
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const search = useSearch(query, filters, scope, library.version);
  const searching = isSearching(query, filters);
  // Search results picked for "Add N to dossier…"; a new query starts a new selection.
  const [picked, setPicked] = useState<{ query: string; ids: ReadonlySet<number> }>({ query: '', ids: new Set() });
  const selected = picked.query === query ? picked.ids : new Set<number>();
  const toggleSelect = (id: number): void => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setPicked({ query, ids: next });
  };
  const clearSelection = (): void => setPicked({ query, ids: new Set() });

  const rows = useMemo(() => {
    const docs = library.docs ?? [];
    return mode === 'flat' ? flatRows(docs) : groupedRows(docs, collapsed);
  }, [library.docs, mode, collapsed]);
  const hits = search.response?.hits ?? [];

  const toggle = (key: string): void =>
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  const nav = useListNav(searching ? hits.length : rows.length, searching ? search.response : rows, (i, alt) => {
    if (searching) {
      const hit = hits[i];
      if (hit) onOpen(hit.id, alt);
      return;
    }
    const row = rows[i];
    if (row?.kind === 'doc') onOpen(row.doc.id, alt);
    else if (row) toggle(row.key);
  });
  useHitStepping(searching ? hits : [], openId, (i, id) => {
    nav.setActive(i);
    onOpen(id);
  });
  const activeId = nav.active === null ? undefined : searching ? hitId(nav.active) : rowId(nav.active);
  const count = library.overview?.documents ?? library.docs?.length ?? null;

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
          <SearchBox
            inputRef={searchInput}
            query={query}
            pending={search.pending}
            controls={searching ? 'hits' : 'browse'}
            activeId={activeId}
            onQuery={props.onQuery}
            onKeyDown={nav.onKeyDown}
          />
          <FilterBar overview={library.overview} filters={filters} onFilters={setFilters} />
        </div>
        <ImportPanel state={importState} onOpen={onOpen} onCancel={props.onCancelImport} onDismiss={props.onDismissImport} />
        <ListBar
          label={listLabel(searching, search.response, search.pending, count, scope)}
          mode={mode}
          onMode={searching ? null : props.onMode}
          facets={searching && search.response ? { scope, ...search.response.facets, onScope: setScope } : null}
        />
        {searching && <SelectionBar ids={hits.filter((h) => selected.has(h.id)).map((h) => h.id)} onClear={clearSelection} />}
        <div className="library-list">
          {library.error !== null ? (
            <p className="list-message error">Cannot load the library: {library.error}</p>
          ) : searching ? (
            <HitList
              response={search.response}
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
            />
          ) : library.docs === null ? (
            <p className="list-message">Loading the library…</p>
          ) : library.docs.length === 0 ? (
            <p className="list-message">The library is empty. Use Import… or drop FRUS TEI, telegram text or Markdown files onto the window.</p>
          ) : (
            <BrowseList
              rows={rows}
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
