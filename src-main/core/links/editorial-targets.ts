/** What an editorial link target names (see the `link` inline in src-shared/model/document.ts). */
export type EditorialTarget =
  | { kind: 'document'; volume: string | null; sourceId: string; footnote?: string }
  | { kind: 'page'; volume: string | null; page: string }
  | { kind: 'volume'; volume: string };

const DOC = /^(d\d+[a-z]?)(fn\w+)?$/i;

function local(volume: string | null, rest: string): EditorialTarget | null {
  const page = /^pg_(\w+)$/i.exec(rest)?.[1];
  if (page !== undefined) return { kind: 'page', volume, page };
  const doc = DOC.exec(rest);
  if (!doc?.[1]) return null;
  return doc[2] ? { kind: 'document', volume, sourceId: doc[1], footnote: rest } : { kind: 'document', volume, sourceId: doc[1] };
}

/**
 * `d12` (a document of the same volume, as the importer keeps it), `#d12fn3`,
 * `#pg_64`, `frus1924v02#pg_64`, `frus1969-76v17#d45`, `frus1936v01`.
 */
export function parseTarget(target: string): EditorialTarget | null {
  if (DOC.test(target)) return local(null, target);
  const hash = target.indexOf('#');
  if (hash === 0) return local(null, target.slice(1));
  if (!/^frus[\w-]+$/i.test(hash < 0 ? target : target.slice(0, hash))) return null;
  if (hash < 0) return { kind: 'volume', volume: target };
  return local(target.slice(0, hash), target.slice(hash + 1));
}
