import { useCallback, useEffect, useRef } from 'react';
import { DropOverlay } from './components/app/DropOverlay';
import type { ViewMode } from './components/library/ListBar';
import { LibraryPane } from './components/library/LibraryPane';
import { NotesPane } from './components/notes/NotesPane';
import { ReaderPane } from './components/reader/ReaderPane';
import { useDocument } from './hooks/use-document';
import { useFileDrop } from './hooks/use-file-drop';
import { useImport } from './hooks/use-import';
import { useLibrary } from './hooks/use-library';
import { usePersistentString } from './hooks/use-persistent-state';
import { useSearchShortcut } from './hooks/use-shortcuts';

export function App() {
  const library = useLibrary();
  const importer = useImport(library.reload);
  const [openRaw, setOpenRaw] = usePersistentString('openDoc', '');
  const [query, setQuery] = usePersistentString('query', '');
  const [modeRaw, setMode] = usePersistentString('viewMode', 'grouped');
  const searchInput = useRef<HTMLInputElement>(null);
  useSearchShortcut(searchInput);
  const dragging = useFileDrop(importer.importFiles);

  const openId = /^\d+$/.test(openRaw) ? Number(openRaw) : null;
  const doc = useDocument(openId, library.version);
  const onOpen = useCallback((id: number) => setOpenRaw(String(id)), [setOpenRaw]);
  const mode: ViewMode = modeRaw === 'flat' ? 'flat' : 'grouped';
  const title = doc.status === 'ready' ? doc.view.meta.title.value : null;

  useEffect(() => {
    document.title = title ? `${title} — Chancery` : 'Chancery';
  }, [title]);

  return (
    <div className="app">
      <aside className="pane pane-library" aria-label="Library">
        <LibraryPane
          library={library}
          query={query}
          onQuery={setQuery}
          mode={mode}
          onMode={setMode}
          openId={openId}
          onOpen={onOpen}
          importState={importer.state}
          onImport={importer.importFiles}
          onCancelImport={importer.cancel}
          onDismissImport={importer.dismiss}
          searchInput={searchInput}
        />
      </aside>
      <main className="pane pane-reader" aria-label="Reader">
        <ReaderPane state={doc} onOpen={onOpen} />
      </main>
      <aside className="pane pane-notes" aria-label="Notes">
        <NotesPane docId={openId} title={title} />
      </aside>
      {dragging && <DropOverlay />}
    </div>
  );
}
