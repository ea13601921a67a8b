/** Where a `<persName corresp="…">` points. */
export type CorrespTarget =
  | { kind: 'local'; id: string }
  | { kind: 'other-volume'; volume: string; id: string }
  | { kind: 'dangling'; raw: string };

/**
 * Resolve a corresp value against this volume's listed ids. "#p_X" is local;
 * "frus1917Supp02v01#p_X" names another volume, which we cannot check here, so it is
 * kept as written. A local id missing from the list is dangling: reported, never invented.
 */
export function resolveCorresp(raw: string, listedIds: ReadonlySet<string>): CorrespTarget {
  const value = raw.trim();
  const hash = value.indexOf('#');
  if (hash < 0 || hash === value.length - 1) return { kind: 'dangling', raw: value };
  const volume = value.slice(0, hash);
  const id = value.slice(hash + 1);
  if (volume) return { kind: 'other-volume', volume, id };
  return listedIds.has(id) ? { kind: 'local', id } : { kind: 'dangling', raw: value };
}
