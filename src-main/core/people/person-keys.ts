import { nameKey, roleKey } from '../../../src-shared/people/person-names';
import { personTargetOf } from '../../../src-shared/people/person-links';

/**
 * The key of a volume entry, as doc_people names it: a list's id in its
 * volume ('frus1918Russiav03#p_BND1'), or an inferred correspondent's name and
 * role ('~francis~ambassador in russia').
 */
export function listedKey(collection: string | null, xmlId: string): string {
  return `${collection ?? ''}#${xmlId}`;
}

/** The entry a mention's link names, from a document of `home`: '#p_X' is home's, 'frus…#p_X' another volume's. */
export function mentionKey(target: string, home: string | null): { key: string; collection: string | null; xmlId: string } | undefined {
  const t = personTargetOf(target);
  if (t === undefined) return undefined;
  const collection = t.volume ?? home;
  return { key: listedKey(collection, t.id), collection, xmlId: t.id };
}

export function inferredKey(name: string, role: string): string {
  return `~${nameKey(name)}~${roleKey(role)}`;
}
