/** Small, failure-tolerant wrappers around localStorage (it may be full or disabled). */
const PREFIX = 'chancery.';

export function readString(key: string): string | null {
  try {
    return window.localStorage.getItem(PREFIX + key);
  } catch {
    return null;
  }
}

export function writeString(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(PREFIX + key);
    else window.localStorage.setItem(PREFIX + key, value);
  } catch {
    // Storage unavailable: the app still works, it just forgets across reloads.
  }
}

export function readNumber(key: string): number | null {
  const raw = readString(key);
  if (raw === null) return null;
  const n = Number(raw);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}
