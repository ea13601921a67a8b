import { api } from '../api/client';
import { readString, writeString } from './storage';

/**
 * The reader's layout and settings, kept in the library (`reader.getState` /
 * `reader.setState`: the library file is the truth) and mirrored in localStorage
 * so the first paint already has them. One JSON object; each hook owns a key.
 */
type State = Record<string, unknown>;

const LOCAL = 'readerState';
const SAVE_MS = 500;
let state: State = readLocal();
let loaded: Promise<State> | null = null;
let timer: number | undefined;

function readLocal(): State {
  try {
    const v: unknown = JSON.parse(readString(LOCAL) ?? 'null');
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as State) : {};
  } catch {
    return {};
  }
}

/** What is known now (local mirror), for initial renders. */
export function readerStateNow(key: string): unknown {
  return state[key];
}

/** The library's copy, fetched once; falls back to the local mirror if the call fails. */
export function loadReaderState(): Promise<State> {
  loaded ??= api.call('reader.getState', {}).then(
    (r) => {
      if (r.state) state = { ...state, ...r.state };
      return state;
    },
    () => state,
  );
  return loaded;
}

function flush(keepalive: boolean): void {
  window.clearTimeout(timer);
  timer = undefined;
  api.call('reader.setState', { state }, { keepalive }).catch(() => undefined);
}

export function saveReaderState(key: string, value: unknown): void {
  state = { ...state, [key]: value };
  writeString(LOCAL, JSON.stringify(state));
  window.clearTimeout(timer);
  timer = window.setTimeout(() => flush(false), SAVE_MS);
}

if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', () => {
    if (timer !== undefined) flush(true);
  });
}
