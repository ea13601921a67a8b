import { useEffect, useState } from 'react';
import { readString, writeString } from '../lib/storage';

/** A string state mirrored in localStorage, restored on reload. */
export function usePersistentString(key: string, initial: string): [string, (v: string) => void] {
  const [value, setValue] = useState<string>(() => readString(key) ?? initial);
  useEffect(() => {
    writeString(key, value);
  }, [key, value]);
  return [value, setValue];
}
