import { readNear, startsNear, type NearItem } from './query-near';

/**
 * Tokens of the search language. The lexer never fails: what it cannot read
 * (an unclosed quote, a dangling `-`) it reads as well as it can and says so
 * in `hints`, so a half-typed query still searches.
 */
export type Token =
  | { t: 'word'; text: string; neg: boolean; star: boolean; last: boolean; exact: boolean }
  | { t: 'phrase'; text: string; neg: boolean }
  | { t: 'near'; items: NearItem[]; distance: number; neg: boolean }
  | { t: 'field'; name: string; value: string; neg: boolean }
  | { t: 'or' }
  | { t: 'open'; neg: boolean }
  | { t: 'close' };

export const KNOWN_FIELDS = ['from', 'to', 'place', 'year', 'date', 'collection', 'classification', 'tag', 'person', 'in', 'file', 'repository', 'caveat', 'redacted', 'translation', 'paraphrase'] as const;
export type FieldKey = (typeof KNOWN_FIELDS)[number];

const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);
const STOP = new Set(['(', ')', '"']);

interface Cursor {
  s: string;
  i: number;
  hints: string[];
}

/** Reads up to the closing quote (the quote is consumed); an unclosed quote runs to the end. */
function readQuoted(c: Cursor): string {
  const end = c.s.indexOf('"', c.i + 1);
  if (end < 0) {
    c.hints.push('Unbalanced quote: the phrase runs to the end of the query.');
    const text = c.s.slice(c.i + 1);
    c.i = c.s.length;
    return text;
  }
  const text = c.s.slice(c.i + 1, end);
  c.i = end + 1;
  return text;
}

function readBare(c: Cursor): string {
  const start = c.i;
  while (c.i < c.s.length && !isSpace(c.s[c.i]) && !STOP.has(c.s[c.i] ?? '')) c.i++;
  return c.s.slice(start, c.i);
}

/** `name:value` or `name:"quoted value"`; null when the text is not a known field. */
function readField(c: Cursor, neg: boolean): Token | null {
  const m = /^([A-Za-z]+):/.exec(c.s.slice(c.i));
  if (!m || m[1] === undefined) return null;
  const name = m[1].toLowerCase();
  if (!(KNOWN_FIELDS as readonly string[]).includes(name)) {
    c.hints.push(`Unknown field "${m[1]}:" (known: ${KNOWN_FIELDS.join(', ')}); searched as words.`);
    return null;
  }
  c.i += m[0].length;
  const value = c.s[c.i] === '"' ? readQuoted(c) : readBare(c);
  return { t: 'field', name, value, neg };
}

/** `NEAR(…)`, or the plain words and phrases it holds when it is not one (the hint says why). */
function readNearTokens(c: Cursor, neg: boolean): Token[] {
  const r = readNear(c.s, c.i);
  c.i = r.end;
  c.hints.push(...r.hints);
  if (r.distance !== null) return [{ t: 'near', items: r.items, distance: r.distance, neg }];
  return r.items.map((it): Token => (it.phrase ? { t: 'phrase', text: it.text, neg } : { t: 'word', text: it.text, neg, star: it.star, last: false, exact: false }));
}

/** `=word`: the word itself, without its other forms. A bare `=` or `="…"` keeps the usual matching, with a hint. */
function readExact(c: Cursor, neg: boolean): Token | null {
  c.i++;
  const next = c.s[c.i];
  if (next === undefined || isSpace(next) || next === ')' || next === '(') {
    c.hints.push('An "=" must be followed by the word to match exactly, as in =containment.');
    return null;
  }
  if (next === '"') {
    c.hints.push('"=" applies to one word; the phrase is matched as usual.');
    return { t: 'phrase', text: readQuoted(c), neg };
  }
  const text = readBare(c);
  const star = text.endsWith('*');
  return { t: 'word', text: star ? text.slice(0, -1) : text, neg, star, last: false, exact: true };
}

function readToken(c: Cursor): Token[] {
  const one = readOne(c);
  return one === null ? [] : Array.isArray(one) ? one : [one];
}

function readOne(c: Cursor): Token | Token[] | null {
  const ch = c.s[c.i];
  if (ch === '(' || ch === ')') {
    c.i++;
    return ch === '(' ? { t: 'open', neg: false } : { t: 'close' };
  }
  if (startsNear(c.s, c.i)) return readNearTokens(c, false);
  let neg = false;
  if (ch === '-') {
    const next = c.s[c.i + 1];
    if (next === undefined || isSpace(next) || next === ')') {
      c.hints.push('A "-" must be followed by the word or "phrase" to exclude.');
      c.i++;
      return null;
    }
    neg = true;
    c.i++;
  }
  if (c.s[c.i] === '(') {
    c.i++;
    return { t: 'open', neg };
  }
  if (startsNear(c.s, c.i)) return readNearTokens(c, neg);
  if (c.s[c.i] === '=') return readExact(c, neg);
  if (c.s[c.i] === '"') return { t: 'phrase', text: readQuoted(c), neg };
  const field = readField(c, neg);
  if (field) return field;
  const text = readBare(c);
  if (text === 'OR' && !neg) return { t: 'or' };
  const star = text.endsWith('*');
  return { t: 'word', text: star ? text.slice(0, -1) : text, neg, star, last: false, exact: false };
}

export function lex(query: string): { tokens: Token[]; hints: string[] } {
  const c: Cursor = { s: query, i: 0, hints: [] };
  const tokens: Token[] = [];
  while (c.i < c.s.length) {
    if (isSpace(c.s[c.i])) {
      c.i++;
      continue;
    }
    tokens.push(...readToken(c));
  }
  // As-you-type: the last word, unless a space follows it, also matches as a prefix (an =word stays exact).
  const last = tokens[tokens.length - 1];
  if (last?.t === 'word' && !last.neg && !last.exact && !isSpace(query[query.length - 1])) last.last = true;
  return { tokens, hints: c.hints };
}
