import { readString } from '../lib/storage';
import { INITIAL_WORKSPACE, parseWorkspace, type Workspace } from '../lib/workspace';
import { useReaderState } from './use-reader-state';

function parse(raw: unknown): Workspace {
  if (raw !== undefined) return parseWorkspace(raw);
  // The single-reader layout stored only the open document.
  const legacy = readString('openDoc');
  return legacy && /^\d+$/.test(legacy) ? { ...INITIAL_WORKSPACE, panes: [Number(legacy), null] } : INITIAL_WORKSPACE;
}

/** The layout and open documents, kept in the library across reloads. */
export function useWorkspace(): [Workspace, (change: (ws: Workspace) => Workspace) => void] {
  return useReaderState('workspace', parse);
}
