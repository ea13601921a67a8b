/**
 * How many characters of `before` a save replaced or removed: what lies
 * between the common start and the common end of the two texts. Typing adds
 * characters and scores about zero; deleting a paragraph or pasting over one
 * scores its length.
 */
export function removedChars(before: string, after: string): number {
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return before.length - start - end;
}

/** A save that takes away this much starts a revision of its own, however recent the last one. */
export const BIG_REMOVAL_CHARS = 200;

/** …or this share of a text longer than a line or two. */
const BIG_REMOVAL_SHARE = 1 / 3;
const SHORT_TEXT = 60;

export function isBigRemoval(before: string, after: string): boolean {
  const removed = removedChars(before, after);
  if (removed >= BIG_REMOVAL_CHARS) return true;
  return before.length > SHORT_TEXT && removed > before.length * BIG_REMOVAL_SHARE;
}
