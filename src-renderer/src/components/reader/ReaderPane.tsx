import { useEffect, useMemo, useRef, useState } from 'react';
import { useDocLinks } from '../../hooks/use-doc-links';
import { useDocument } from '../../hooks/use-document';
import { useFind } from '../../hooks/use-find';
import { usePaneKeys } from '../../hooks/use-pane-keys';
import { useReadingPosition } from '../../hooks/use-reading-position';
import { anchorFor } from '../../lib/anchor-text';
import { settingsClasses, type ReadingSettings } from '../../lib/reading-settings';
import type { PaneIndex } from '../../lib/workspace';
import { useHighlights } from '../../hooks/use-highlights';
import { highlightDecorations } from '../../lib/decorations';
import { AddToDossierButton } from '../dossiers/AddToDossierButton';
import { Annotator } from './Annotator';
import { CitationExportMenu } from '../common/CitationExportMenu';
import { CiteMenu } from './CiteMenu';
import { DocTools } from './DocTools';
import { FindBar } from './FindBar';
import { PaneToolbar } from './PaneToolbar';
import { ReadingSettingsMenu } from './ReadingSettingsMenu';
import { ReaderBody } from './ReaderBody';

export interface ReaderPaneProps {
  index: PaneIndex;
  docId: number | null;
  active: boolean;
  split: boolean;
  version: number;
  settings: ReadingSettings;
  onSettings: (patch: Partial<ReadingSettings>) => void;
  onOpen: (id: number, other?: boolean) => void;
  onActivate: () => void;
  onSplit: () => void;
  onSwap: () => void;
  onClose: () => void;
  notesHidden: boolean;
  onShowNotes: () => void;
}

/** One reader column: toolbar, find bar, and the open document (or why there is none). */
export function ReaderPane(props: ReaderPaneProps) {
  const { index, docId, active, split, settings } = props;
  const state = useDocument(docId, props.version);
  const scroller = useRef<HTMLDivElement>(null);
  const view = state.status === 'ready' ? state.view : null;
  const anchor = useMemo(() => (view ? anchorFor(view.body) : null), [view]);
  const find = useFind(anchor);
  const highlights = useHighlights(view?.id ?? null, props.version);
  const links = useDocLinks(view?.id ?? null, props.version);
  const decorations = useMemo(() => highlightDecorations(highlights.items), [highlights.items]);
  const [findFocus, setFindFocus] = useState(0);
  /** Where the focus was when find opened: it goes back there on Escape (else to the text), never to <body>. */
  const beforeFind = useRef<HTMLElement | null>(null);
  const openFind = (): void => {
    const from = document.activeElement;
    if (!find.open || !(from instanceof HTMLElement && from.closest('.find-bar'))) {
      beforeFind.current = from instanceof HTMLElement && from !== document.body ? from : null;
    }
    find.show();
    setFindFocus((n) => n + 1);
  };
  const closeFind = (): void => {
    find.close();
    const back = beforeFind.current?.isConnected ? beforeFind.current : scroller.current;
    beforeFind.current = null;
    back?.focus({ preventScroll: true });
  };
  useReadingPosition(scroller, view, anchor);
  usePaneKeys(active && view !== null, openFind);

  // Bring the current find match into view.
  const { open: findOpen, current: findCurrent, decorations: findDecorations } = find;
  useEffect(() => {
    if (!findOpen || findCurrent < 0) return;
    scroller.current?.querySelector('.find-hit.current')?.scrollIntoView({ block: 'center' });
  }, [findOpen, findCurrent, findDecorations]);

  const title = view?.meta.title.value ?? null;
  const tools = view && (
    <>
      <button type="button" className="tool-button" aria-label="Find in this document" title="Find in this document (Ctrl+F)" onClick={openFind}>
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <circle cx="6.5" cy="6.5" r="4.5" />
          <path d="M10 10l4 4" />
        </svg>
      </button>
      <AddToDossierButton docId={view.id} />
      <CiteMenu docId={view.id} />
      <CitationExportMenu target={{ docIds: [view.id], ...(title ? { name: title.slice(0, 200) } : {}) }} what="this document" />
      <ReadingSettingsMenu settings={settings} onChange={props.onSettings} />
      {props.notesHidden && (index === 1 || !split) && (
        <button type="button" className="tool-button text" title="Show the notes pane (Alt+N)" onClick={props.onShowNotes}>
          Notes
        </button>
      )}
    </>
  );

  return (
    <section
      className={`reader-pane ${settingsClasses(settings)}${active ? ' active' : ''}${split ? ' split' : ''}`}
      aria-label={split ? `${index === 0 ? 'Left' : 'Right'} reader` : 'Reader'}
      data-pane={index}
      onPointerDownCapture={props.onActivate}
      onFocusCapture={props.onActivate}
    >
      <PaneToolbar
        title={title}
        split={split}
        side={index === 0 ? 'left' : 'right'}
        active={active}
        tools={tools}
        onSplit={props.onSplit}
        onSwap={props.onSwap}
        onClose={props.onClose}
      />
      {find.open && view && <FindBar find={{ ...find, close: closeFind }} focusKey={findFocus} />}
      <div className="reader-scroll" ref={scroller} tabIndex={-1}>
        <ReaderBody
          state={state}
          anchor={anchor}
          idPrefix={`p${index}-`}
          highlights={decorations}
          finds={find.decorations}
          onOpen={props.onOpen}
          split={split}
          headerExtra={view && <DocTools view={view} />}
          links={links}
        />
        {view && anchor && <Annotator scroller={scroller} view={view} anchor={anchor} highlights={highlights.items} onOpen={props.onOpen} />}
      </div>
    </section>
  );
}
