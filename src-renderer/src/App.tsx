import { useCallback, useEffect, useRef, useState } from 'react';
import { DropOverlay } from './components/app/DropOverlay';
import { DossierEditor } from './components/dossiers/DossierEditor';
import { DossierList } from './components/dossiers/DossierList';
import { DossierPicker } from './components/dossiers/DossierPicker';
import { LEFT_TABS, LeftTabs, type LeftTab } from './components/dossiers/LeftTabs';
import { GlossaryView } from './components/glossary/GlossaryView';
import { Readers } from './components/layout/Readers';
import { ShortcutsHelp } from './components/layout/ShortcutsHelp';
import { Toasts } from './components/layout/Toasts';
import type { ViewMode } from './components/library/ListBar';
import { LibraryPane } from './components/library/LibraryPane';
import { NotesPane } from './components/notes/NotesPane';
import { PeopleView } from './components/people/PeopleView';
import { useDocument } from './hooks/use-document';
import { useDossierList } from './hooks/use-dossier-list';
import { useFileDrop } from './hooks/use-file-drop';
import { useImport } from './hooks/use-import';
import { useLibrary } from './hooks/use-library';
import { useOutsideChanges } from './hooks/use-outside-changes';
import { usePersistentString } from './hooks/use-persistent-state';
import { useReadingSettings } from './hooks/use-reading-settings';
import { isTyping, useShortcuts } from './hooks/use-shortcuts';
import { useWorkspace } from './hooks/use-workspace';
import type { NoteHit } from '@contract';
import { onOpenDossierRequest } from './lib/dossier-events';
import { onOpenPersonRequest } from './lib/person-events';
import { flashWhenShown } from './lib/flash';
import { requestNotes } from './lib/notes-nav';
import { activeDoc, closePane, cycleNotes, openDoc, setActive, swapPanes, type PaneIndex } from './lib/workspace';

export function App() {
  const library = useLibrary();
  const importer = useImport(library.reload);
  useOutsideChanges(library.reload);
  const [ws, update] = useWorkspace();
  const [settings, setSettings] = useReadingSettings();
  const [query, setQuery] = usePersistentString('query', '');
  const [modeRaw, setMode] = usePersistentString('viewMode', 'grouped');
  const [help, setHelp] = useState(false);
  const searchInput = useRef<HTMLInputElement>(null);
  const dragging = useFileDrop(importer.importFiles);
  const dossiers = useDossierList();
  const [leftTabRaw, setLeftTab] = usePersistentString('leftTab', 'library');
  const leftTab: LeftTab = LEFT_TABS.find((t) => t === leftTabRaw) ?? 'library';
  const [personRaw, setPersonRaw] = usePersistentString('openPerson', '');
  const personId = /^\d+$/.test(personRaw) ? Number(personRaw) : null;
  const openPerson = useCallback(
    (id: number | null) => {
      setPersonRaw(id === null ? '' : String(id));
      if (id !== null) setLeftTab('people');
    },
    [setPersonRaw, setLeftTab],
  );
  useEffect(() => onOpenPersonRequest(openPerson), [openPerson]);
  const [dossierRaw, setDossierRaw] = usePersistentString('openDossier', '');
  const dossierId = /^\d+$/.test(dossierRaw) ? Number(dossierRaw) : null;
  const openDossier = useCallback(
    (id: number | null) => {
      setDossierRaw(id === null ? '' : String(id));
      if (id !== null) setLeftTab('dossiers');
    },
    [setDossierRaw, setLeftTab],
  );
  useEffect(() => onOpenDossierRequest(openDossier), [openDossier]);
  // Ctrl+K or / from the dossiers, people or glossary view: back to the library, whose search box takes the focus.
  useEffect(() => {
    if (leftTab === 'library') return;
    const onKey = (e: KeyboardEvent): void => {
      const mod = e.ctrlKey || e.metaKey;
      if (!((mod && e.key.toLowerCase() === 'k') || (e.key === '/' && !mod && !isTyping(e.target)))) return;
      setLeftTab('library');
      requestAnimationFrame(() => searchInput.current?.focus());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [leftTab, setLeftTab]);

  const openId = activeDoc(ws);
  const doc = useDocument(openId, library.version);
  const onOpen = useCallback(
    (id: number, other = false) => {
      setDossierRaw('');
      update((w) => openDoc(w, id, other ? 'other' : 'active'));
    },
    [update, setDossierRaw],
  );
  const focusPane = useCallback(
    (i: PaneIndex) => {
      update((w) => setActive(w, i));
      document.querySelector<HTMLElement>(`.reader-pane[data-pane="${i}"] .reader-scroll`)?.focus();
    },
    [update],
  );
  const onOpenNoteHit = useCallback(
    (hit: NoteHit, other: boolean) => {
      update((w) => (w.notes === 'hidden' ? { ...w, notes: 'right' } : w));
      if (hit.hit === 'highlight') {
        onOpen(hit.docId, other);
        requestNotes({ tab: 'doc' });
        flashWhenShown(hit.highlightId);
      } else if (hit.docId !== null) {
        onOpen(hit.docId, other);
        requestNotes({ tab: 'doc' });
      } else {
        requestNotes({ tab: 'research', noteId: hit.noteId });
      }
    },
    [onOpen, update],
  );
  useShortcuts(searchInput, {
    openInOther: () => {
      if (openId !== null) onOpen(openId, true);
    },
    swap: () => update(swapPanes),
    closePane: () => update((w) => closePane(w, w.active)),
    focusPane,
    cycleNotes: () => update(cycleNotes),
    toggleHelp: () => setHelp((h) => !h),
  });

  const mode: ViewMode = modeRaw === 'flat' ? 'flat' : 'grouped';
  const title = doc.status === 'ready' ? doc.view.meta.title.value : null;

  useEffect(() => {
    document.title = title ? `${title} — Chancery` : 'Chancery';
  }, [title]);

  const notes = ws.notes !== 'hidden' && (
    <aside className={`pane pane-notes notes-${ws.notes}`} aria-label="Notes">
      <NotesPane docId={openId} title={title} side={ws.notes} onSide={(notesSide) => update((w) => ({ ...w, notes: notesSide }))} onOpen={onOpen} />
    </aside>
  );

  return (
    <div className={`app notes-${ws.notes}`}>
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
          onOpenNoteHit={onOpenNoteHit}
          tabs={<LeftTabs tab={leftTab} onTab={setLeftTab} dossierCount={dossiers.items?.length ?? null} />}
          alternate={
            leftTab === 'people' ? (
              <PeopleView
                version={library.version}
                personId={personId}
                onPerson={openPerson}
                onOpenDoc={onOpen}
                onSearch={(q) => {
                  setQuery(q);
                  setLeftTab('library');
                }}
              />
            ) : leftTab === 'glossary' ? (
              <GlossaryView
                version={library.version}
                onSearch={(q) => {
                  setQuery(q);
                  setLeftTab('library');
                }}
              />
            ) : leftTab === 'dossiers' ? (
              <DossierList list={dossiers} openId={dossierId} onOpen={openDossier} onDeleted={(id) => id === dossierId && openDossier(null)} />
            ) : null
          }
        />
      </aside>
      {ws.notes === 'left' && notes}
      {dossierId !== null ? (
        <main className="pane dossier-main" aria-label="Dossier editor">
          <DossierEditor key={dossierId} id={dossierId} onClose={() => openDossier(null)} onOpenDoc={onOpen} />
        </main>
      ) : (
        <Readers
          ws={ws}
          update={update}
          version={library.version}
          settings={settings}
          onSettings={setSettings}
          onOpen={onOpen}
          onShowNotes={() => update((w) => ({ ...w, notes: 'right' }))}
        />
      )}
      {ws.notes === 'right' && notes}
      {dragging && <DropOverlay />}
      {help && <ShortcutsHelp onClose={() => setHelp(false)} />}
      <DossierPicker />
      <Toasts />
    </div>
  );
}
