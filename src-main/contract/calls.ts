/** Every call name of the API. Kept free of dependencies so the preload can bundle it. */
export const CALL_NAMES = [
  'library.overview',
  'library.list',
  'library.search',
  'import.start',
  'import.status',
  'import.cancel',
  'document.get',
  'notes.get',
  'notes.save',
] as const;

export type CallName = (typeof CALL_NAMES)[number];

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && (CALL_NAMES as readonly string[]).includes(name);
}
