import { useCallback } from 'react';
import { parseSettings, type ReadingSettings } from '../lib/reading-settings';
import { useReaderState } from './use-reader-state';

/** Font size, line width and theme of the reader, kept in the library. */
export function useReadingSettings(): [ReadingSettings, (patch: Partial<ReadingSettings>) => void] {
  const [settings, update] = useReaderState('reading', parseSettings);
  const patch = useCallback((p: Partial<ReadingSettings>) => update((s) => parseSettings({ ...s, ...p })), [update]);
  return [settings, patch];
}
