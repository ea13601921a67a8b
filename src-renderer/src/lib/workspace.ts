/**
 * The reading layout: one or two reader panes side by side, which one is active,
 * how the width is split, and where the notes pane sits. Pure transitions.
 */
export type PaneIndex = 0 | 1;
export type NotesSide = 'left' | 'right' | 'hidden';

export interface Workspace {
  /** Document open in the left and right pane; the right pane exists only when `split`. */
  panes: [number | null, number | null];
  split: boolean;
  active: PaneIndex;
  /** Share of the readers' width given to the left pane (0.2–0.8). */
  ratio: number;
  notes: NotesSide;
}

export const INITIAL_WORKSPACE: Workspace = { panes: [null, null], split: false, active: 0, ratio: 0.5, notes: 'right' };

export const MIN_RATIO = 0.2;
export const MAX_RATIO = 0.8;

const other = (i: PaneIndex): PaneIndex => (i === 0 ? 1 : 0);
const clampRatio = (r: number): number => Math.min(MAX_RATIO, Math.max(MIN_RATIO, r));

function setPane(panes: Workspace['panes'], i: PaneIndex, id: number | null): Workspace['panes'] {
  return i === 0 ? [id, panes[1]] : [panes[0], id];
}

/** Open a document in the active pane, or in the other one (opening the split if needed). */
export function openDoc(ws: Workspace, id: number, where: 'active' | 'other'): Workspace {
  if (where === 'active') return { ...ws, panes: setPane(ws.panes, ws.active, id) };
  const target = ws.split ? other(ws.active) : 1;
  return { ...ws, split: true, panes: setPane(ws.panes, target, id) };
}

export function closePane(ws: Workspace, i: PaneIndex): Workspace {
  if (!ws.split) return { ...ws, panes: [null, null] };
  const keep = ws.panes[other(i)];
  return { ...ws, split: false, active: 0, panes: [keep, null] };
}

/** Exchange the two panes; the active document stays active. */
export function swapPanes(ws: Workspace): Workspace {
  if (!ws.split) return ws;
  return { ...ws, panes: [ws.panes[1], ws.panes[0]], active: other(ws.active) };
}

export function setActive(ws: Workspace, i: PaneIndex): Workspace {
  if (i === 1 && !ws.split) return ws;
  return ws.active === i ? ws : { ...ws, active: i };
}

export function setRatio(ws: Workspace, ratio: number): Workspace {
  return { ...ws, ratio: clampRatio(ratio) };
}

const SIDES: NotesSide[] = ['right', 'left', 'hidden'];

export function cycleNotes(ws: Workspace): Workspace {
  const i = SIDES.indexOf(ws.notes);
  return { ...ws, notes: SIDES[(i + 1) % SIDES.length] ?? 'right' };
}

export function activeDoc(ws: Workspace): number | null {
  return ws.panes[ws.active];
}

function docId(v: unknown): number | null {
  return typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : null;
}

/** Read a stored workspace defensively: anything malformed falls back to the default. */
export function parseWorkspace(raw: unknown): Workspace {
  if (typeof raw !== 'object' || raw === null) return INITIAL_WORKSPACE;
  const r = raw as Record<string, unknown>;
  const panes = Array.isArray(r.panes) ? r.panes : [];
  const split = r.split === true;
  const notes = SIDES.includes(r.notes as NotesSide) ? (r.notes as NotesSide) : 'right';
  const ratio = typeof r.ratio === 'number' && Number.isFinite(r.ratio) ? clampRatio(r.ratio) : 0.5;
  const active: PaneIndex = split && r.active === 1 ? 1 : 0;
  return { panes: [docId(panes[0]), split ? docId(panes[1]) : null], split, active, ratio, notes };
}
