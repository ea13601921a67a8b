import { useCallback, useEffect, useRef, useState } from 'react';
import { loadReaderState, readerStateNow, saveReaderState } from '../lib/reader-state';

/**
 * One key of the reader's saved state: starts from the local mirror, adopts the
 * library's copy when it arrives (unless the user changed it meanwhile), and
 * saves every change back.
 */
export function useReaderState<T>(key: string, parse: (raw: unknown) => T): [T, (change: (v: T) => T) => void] {
  const [value, setValue] = useState<T>(() => parse(readerStateNow(key)));
  const touched = useRef(false);
  const parseRef = useRef(parse);

  useEffect(() => {
    let live = true;
    // `void`: loadReaderState never fails; it falls back to the local mirror.
    void loadReaderState().then((s) => {
      if (live && !touched.current && key in s) setValue(parseRef.current(s[key]));
    });
    return () => {
      live = false;
    };
  }, [key]);

  const update = useCallback(
    (change: (v: T) => T) => {
      touched.current = true;
      setValue((v) => {
        const next = change(v);
        if (next !== v) saveReaderState(key, next);
        return next;
      });
    },
    [key],
  );
  return [value, update];
}
