/**
 * Date and time helpers shared by the text importers. Sources print dates in
 * English ("December 3, 1947", "16 November 1956"); values come out in the
 * model's ISO forms ('YYYY-MM-DD', 'HH:MM').
 */

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

/** Full English month names, and the usual abbreviations ("Nov.", "Sept."). */
export const MONTH_PATTERN =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';

/** 1–12 for a month name or abbreviation, undefined otherwise. */
export function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase().replace(/\.$/, '');
  if (key.length < 3) return undefined;
  const i = MONTHS.findIndex((m) => m.startsWith(key));
  return i >= 0 ? i + 1 : undefined;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 'YYYY-MM-DD' when the parts make a real calendar date. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || month < 1 || month > 12) return undefined;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * "5.50 p.m." → "17:50", "6 p.m." → "18:00", "noon" → "12:00", "17.50" → "17:50".
 * Undefined for anything else, so callers can fall back to printing as is.
 */
export function clockTime(text: string): string | undefined {
  const t = text.trim().replace(/\.$/, '').toLowerCase();
  if (/^(?:12 )?noon$/.test(t)) return '12:00';
  if (/^(?:12 )?midnight$/.test(t)) return '00:00';
  const m = /^(\d{1,2})(?:[.:h](\d{2}))?\s*(a\.?m|p\.?m)?\.?$/.exec(t);
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? '0');
  const half = m[3]?.replace('.', '');
  // Without a.m./p.m. only an explicit 24-hour "17.50" is a time; a bare "6" is not.
  if (!half && m[2] === undefined) return undefined;
  if (half && (hour < 1 || hour > 12)) return undefined;
  if (half === 'pm' && hour !== 12) hour += 12;
  if (half === 'am' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return undefined;
  return `${pad2(hour)}:${pad2(minute)}`;
}

/** A complete date found in running text. */
export interface DateMention {
  /** As printed: "July 16, 1941". */
  text: string;
  index: number;
  iso: string;
  year: number;
}

const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_PATTERN}) (\\d{1,2}), (\\d{4})\\b`, 'g');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2}) (${MONTH_PATTERN}) (\\d{4})\\b`, 'g');

/** Every full date ("July 16, 1941", "16 July 1941") in the text, in order. */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const m of text.matchAll(MONTH_DAY_YEAR)) {
    pushMention(found, m[0], m.index, m[3], m[1], m[2]);
  }
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    pushMention(found, m[0], m.index, m[3], m[2], m[1]);
  }
  return found.sort((a, b) => a.index - b.index);
}

function pushMention(
  into: DateMention[], text: string, index: number,
  y: string | undefined, month: string | undefined, d: string | undefined,
): void {
  const year = Number(y);
  const iso = isoDate(year, monthNumber(month ?? '') ?? 0, Number(d));
  if (iso) into.push({ text, index, iso, year });
}

/** The whole string is a date ("16 November 1956", "December 3, 1947"): its ISO form. */
export function parseFullDate(text: string): string | undefined {
  const t = text.trim();
  const hit = findDates(t)[0];
  return hit && hit.text === t ? hit.iso : undefined;
}
