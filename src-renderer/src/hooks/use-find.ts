import { useCallback, useMemo, useState } from 'react';
import type { TextLayout } from '@shared/text/layout';
import type { Decoration } from '../lib/decorations';
import { findFolded, foldWithMap } from '@shared/text/fold';

export interface FindState {
  open: boolean;
  query: string;
  /** Index of the current match, or -1 when there is none. */
  current: number;
  count: number;
  decorations: Decoration[];
  show: () => void;
  close: () => void;
  setQuery: (q: string) => void;
  step: (delta: 1 | -1) => void;
}

const NONE: Decoration[] = [];

/** Find in one document (body and footnotes), case- and diacritic-insensitive. */
export function useFind(anchor: TextLayout | null): FindState {
  const [open, setOpen] = useState(false);
  const [query, setQueryState] = useState('');
  const [index, setIndex] = useState(0);
  const folded = useMemo(() => (anchor && open ? foldWithMap(anchor.text) : null), [anchor, open]);
  const matches = useMemo(() => (folded && open ? findFolded(folded, query) : []), [folded, open, query]);
  const count = matches.length;
  const current = count === 0 ? -1 : Math.min(index, count - 1);

  const decorations = useMemo<Decoration[]>(
    () => (count === 0 ? NONE : matches.map(([start, end], id) => ({ start, end, id, kind: 'find', current: id === current }))),
    [matches, count, current],
  );

  const setQuery = useCallback((q: string) => {
    setQueryState(q);
    setIndex(0);
  }, []);
  const step = useCallback(
    (delta: 1 | -1) => {
      if (count === 0) return;
      setIndex((i) => (Math.min(i, count - 1) + delta + count) % count);
    },
    [count],
  );
  const show = useCallback(() => setOpen(true), []);
  const close = useCallback(() => setOpen(false), []);
  return { open, query, current, count, decorations, show, close, setQuery, step };
}
