/**
 * Dates as references print them: "November 30", "Sept. 17, 9 p.m.",
 * "October 22 [21]" (the editors' correction in brackets), "June 29, 1917",
 * "May 15, 1917, 8 p.m.", "March 11th, 1936". Pure: the reader may use it too.
 */

/** A day a reference names; the year only when printed. */
export interface RefDate {
  month: number;
  day: number;
  /** The editors' bracketed correction of the day ("October 22 [21]" → 21), taken as the true day. */
  correctedDay?: number;
  year?: number;
  /** 'HH:MM' when a time of sending is printed. */
  time?: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export const MONTH_WORD =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';

const TIME = String.raw`(?:(\d{1,2})(?:[.:](\d{2}))?\s*(?:\[[^\]\n]{1,8}\]\s*)?([apAP])\.\s?[mM]\.?|(?:12\s+)?(noon|midnight))`;

/**
 * Sticky: a date at exactly the regex's lastIndex. Day, optional bracketed
 * day, optional year, optional time (after a comma, a dash or a space).
 */
const DATE = new RegExp(
  String.raw`(${MONTH_WORD})\s+(\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:\s*\[(\d{1,2})\])?` +
    String.raw`(?:,?\s+(1[789]\d\d|20\d\d)(?!\d))?` +
    String.raw`(?:(?:,|\s*[—–-])\s*${TIME}(?:,\s*(1[789]\d\d|20\d\d)(?!\d))?)?`,
  'y',
);

function monthOf(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

function clock(hour: string | undefined, minute: string | undefined, half: string | undefined, word: string | undefined): string | undefined {
  if (word) return word === 'noon' ? '12:00' : '00:00';
  if (!hour || !half) return undefined;
  let h = Number(hour);
  if (h < 1 || h > 12) return undefined;
  const pm = half.toLowerCase() === 'p';
  if (pm && h !== 12) h += 12;
  if (!pm && h === 12) h = 0;
  return `${String(h).padStart(2, '0')}:${minute ?? '00'}`;
}

/** The date printed at `at` in `text`, and where it ends; null when there is none. */
export function dateAt(text: string, at: number): { date: RefDate; end: number } | null {
  DATE.lastIndex = at;
  const m = DATE.exec(text);
  if (!m) return null;
  const month = monthOf(m[1] ?? '');
  const day = Number(m[2]);
  if (month < 1 || day < 1 || day > 31) return null;
  const date: RefDate = { month, day };
  if (m[3]) date.correctedDay = Number(m[3]);
  const year = m[4] ?? m[9];
  if (year) date.year = Number(year);
  const time = clock(m[5], m[6], m[7], m[8]);
  if (time) date.time = time;
  // A time-less match may have swallowed a trailing comma: end at the last character of the date proper.
  return { date, end: at + m[0].length };
}

/** The day the reference means: the editors' correction when they gave one. */
export function trueDay(d: RefDate): number {
  return d.correctedDay ?? d.day;
}

/** "MM-DD" of the day meant. */
export function monthDay(d: RefDate): string {
  return `${String(d.month).padStart(2, '0')}-${String(trueDay(d)).padStart(2, '0')}`;
}
