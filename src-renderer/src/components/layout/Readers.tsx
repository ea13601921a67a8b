import type { CSSProperties } from 'react';
import type { ReadingSettings } from '../../lib/reading-settings';
import { closePane, openDoc, setActive, setRatio, swapPanes, type PaneIndex, type Workspace } from '../../lib/workspace';
import { ReaderPane } from '../reader/ReaderPane';
import { SplitDivider } from './SplitDivider';

interface Props {
  ws: Workspace;
  update: (change: (ws: Workspace) => Workspace) => void;
  version: number;
  settings: ReadingSettings;
  onSettings: (patch: Partial<ReadingSettings>) => void;
  onOpen: (id: number, other?: boolean) => void;
  onShowNotes: () => void;
}

const MIN_PANE_PX = 320;

/** One reader, or two side by side with a resizable divider. */
export function Readers({ ws, update, version, settings, onSettings, onOpen, onShowNotes }: Props) {
  const columns: CSSProperties = ws.split
    ? { gridTemplateColumns: `minmax(${MIN_PANE_PX}px, ${ws.ratio}fr) auto minmax(${MIN_PANE_PX}px, ${1 - ws.ratio}fr)` }
    : { gridTemplateColumns: 'minmax(0, 1fr)' };
  const pane = (i: PaneIndex) => (
    <ReaderPane
      key={i}
      index={i}
      docId={ws.panes[i]}
      active={ws.active === i}
      split={ws.split}
      version={version}
      settings={settings}
      onSettings={onSettings}
      onOpen={onOpen}
      notesHidden={ws.notes === 'hidden'}
      onShowNotes={onShowNotes}
      onActivate={() => update((w) => setActive(w, i))}
      onSplit={() => {
        const id = ws.panes[i];
        if (id !== null) update((w) => openDoc(w, id, 'other'));
      }}
      onSwap={() => update(swapPanes)}
      onClose={() => update((w) => closePane(w, i))}
    />
  );
  return (
    <main className="pane readers" aria-label="Readers" style={columns}>
      {pane(0)}
      {ws.split && <SplitDivider ratio={ws.ratio} minPx={MIN_PANE_PX} onRatio={(r) => update((w) => setRatio(w, r))} />}
      {ws.split && pane(1)}
    </main>
  );
}
