/** Prefixes up to this many characters have a set of their own. */
export const SHORT_PREFIX = 2;

/** Key of a short prefix's set: `*` never occurs in a term. */
export const prefixKey = (prefix: string): string => `*${prefix}`;

export const isPrefixKey = (key: string): boolean => key.startsWith('*');

/**
 * A one- or two-character prefix as one small integer (from its UTF-16 units),
 * so finding its set costs a map lookup per term without slicing strings. Kept
 * below 2^31 (V8's small integers hash fast); -1 for the rare pairs beyond.
 */
export function shortPrefixNumber(s: string, n: 1 | 2): number {
  const a = s.charCodeAt(0);
  if (n === 1) return a;
  return a < 0x7fff ? 0x10000 + a * 0x10000 + s.charCodeAt(1) : -1;
}
