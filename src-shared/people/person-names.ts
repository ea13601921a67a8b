import { foldTerm } from '../text/fold';

/**
 * Names compared without regard to accents, case, order or titles: "Baker,
 * Newton D." and "Newton D. Baker" are one name; "Mr. Gresham" is "gresham".
 * Used to join correspondents the editors did not link to a persons list.
 */

/** Forms of address and ranks printed before a name: not part of it. */
const TITLES = new Set([
  'mr', 'mrs', 'miss', 'ms', 'messrs', 'sir', 'dr', 'hon', 'honorable', 'lord', 'lady', 'señor', 'senor', 'senhor', 'herr',
  'monsieur', 'm', 'baron', 'count', 'general', 'gen', 'admiral', 'adm', 'colonel', 'col', 'major', 'maj', 'captain', 'capt',
  'lieutenant', 'lt', 'prince', 'professor', 'prof', 'rev', 'reverend', 'his', 'excellency', 'the',
]);

/** The words of a name in reading order, folded, titles and "Jr." dropped: ['newton', 'd', 'baker']. */
export function nameWords(name: string): string[] {
  const comma = name.indexOf(',');
  // "Baker, Newton D." is printed surname first; "Baker, Jr." is not.
  const rest = comma < 0 ? '' : name.slice(comma + 1).replace(/\b(?:jr|sr)\b\.?/gi, '').trim();
  const ordered = comma < 0 || rest === '' ? name : `${rest} ${name.slice(0, comma)}`;
  return foldTerm(ordered)
    .split(/[^\p{L}\p{N}'’-]+/u)
    .map((w) => w.replace(/^['’-]+|['’-]+$/g, ''))
    .filter((w) => w.length > 0 && w !== 'jr' && w !== 'sr')
    .filter((w, i, all) => !(TITLES.has(w) && i < all.length - 1));
}

/** The name as one key: 'newton d baker'. */
export function nameKey(name: string): string {
  return nameWords(name).join(' ');
}

/** The surname: the last word of the name in reading order ('baker'). */
export function surnameOf(name: string): string {
  const words = nameWords(name);
  return words[words.length - 1] ?? '';
}

/** A role folded for comparison: 'ambassador in russia'. */
export function roleKey(role: string): string {
  return foldTerm(role).replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Whether a correspondent's printed name ('Francis', 'David R. Francis')
 * names the listed person ('Francis, David R.'): the same surname, and any
 * given names or initials printed agree with the list's. A surname of two
 * words ('Spring Rice' for 'Spring Rice, Sir Cecil Arthur') is the list's last words.
 */
export function nameFits(printed: string, listed: string): boolean {
  const a = nameWords(printed);
  const b = nameWords(listed);
  if (a.length === 0 || b.length === 0 || a[a.length - 1] !== b[b.length - 1]) return false;
  if (a.length > 1 && a.length < b.length && a.every((w, i) => w === b[b.length - a.length + i])) return true;
  const given = b.slice(0, -1);
  return a.slice(0, -1).every((w, i) => {
    const g = given[i];
    return g !== undefined && (g === w || (w.length === 1 && g.startsWith(w)) || (g.length === 1 && w.startsWith(g)));
  });
}
