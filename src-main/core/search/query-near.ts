/**
 * Reading `NEAR(a b "a phrase", N)`: the words or phrases within N words of
 * each other (FTS5's own NEAR, whose syntax this is). Written in capitals like
 * OR, so the word "near" still searches as a word. Whatever cannot be read as
 * a NEAR group (no closing parenthesis, fewer than two words, a distance that
 * is no number) is searched as the plain words it holds, with a hint: the
 * reader never fails.
 */
export interface NearItem {
  text: string;
  phrase: boolean;
  star: boolean;
}

/** FTS5's default NEAR distance, and the most a query may ask (a window must fit a snippet). */
export const NEAR_DEFAULT = 10;
export const NEAR_MAX = 100;

export interface NearRead {
  /** The group, or null when it fell back to plain words (`items`). */
  distance: number | null;
  items: NearItem[];
  /** Where the reading stopped (after the `)`, or the end of the query). */
  end: number;
  hints: string[];
}

const OPEN = /^NEAR\(/;

export const startsNear = (s: string, i: number): boolean => OPEN.test(s.slice(i, i + 5));

const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);

/** `s[i]` is the N of `NEAR(`. */
export function readNear(s: string, i: number): NearRead {
  const items: NearItem[] = [];
  const hints: string[] = [];
  let at = i + 5;
  let distance: number | null = NEAR_DEFAULT;
  let closed = false;
  while (at < s.length) {
    const ch = s[at];
    if (isSpace(ch)) {
      at++;
    } else if (ch === ')') {
      at++;
      closed = true;
      break;
    } else if (ch === '"') {
      const end = s.indexOf('"', at + 1);
      if (end < 0) {
        items.push({ text: s.slice(at + 1), phrase: true, star: false });
        at = s.length;
        break;
      }
      const star = s[end + 1] === '*';
      items.push({ text: s.slice(at + 1, end), phrase: true, star });
      at = end + (star ? 2 : 1);
    } else if (ch === ',') {
      const m = /^,\s*([^\s)]*)\s*/.exec(s.slice(at));
      const n = m?.[1] ?? '';
      at += m?.[0].length ?? 1;
      distance = readDistance(n, hints);
    } else {
      const start = at;
      while (at < s.length && !isSpace(s[at]) && !'()",'.includes(s[at] ?? '')) at++;
      const word = s.slice(start, at);
      if (word.startsWith('=')) hints.push('An =word inside NEAR is matched with its other forms (NEAR searches the stemmed index).');
      const star = word.endsWith('*');
      items.push({ text: word.replace(/^=+/, '').replace(/\*$/, ''), phrase: false, star });
    }
  }
  if (!closed) hints.push('NEAR( has no closing ")": its words are searched as plain words.');
  else if (items.length < 2) hints.push('NEAR needs two or more words or "phrases", as in NEAR(railway Harbin, 5): searched as plain words.');
  const group = closed && items.length >= 2;
  return { distance: group ? distance : null, items, end: at, hints };
}

/** The N of `NEAR(…, N)`: a whole number up to NEAR_MAX; anything else with a hint. */
function readDistance(n: string, hints: string[]): number {
  if (n === '') {
    hints.push(`NEAR's distance is missing after the comma: ${NEAR_DEFAULT} words.`);
    return NEAR_DEFAULT;
  }
  if (!/^\d+$/.test(n)) {
    hints.push(`NEAR's distance "${n}" is not a number of words: ${NEAR_DEFAULT} words.`);
    return NEAR_DEFAULT;
  }
  const d = Number(n);
  if (d > NEAR_MAX) {
    hints.push(`NEAR's distance is at most ${NEAR_MAX} words: ${d} was read as ${NEAR_MAX}.`);
    return NEAR_MAX;
  }
  return d;
}
