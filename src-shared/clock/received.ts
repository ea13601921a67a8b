/**
 * The time of receipt as FRUS prints it after the dateline, in all its
 * house styles: "April 8, 7.45 p.m.", "10.11 p.m.", "December 6—1:45 p.m.",
 * "January 2, 1919, 12.52 p.m.", "6 p.m., September 1, 1894", "March 7".
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = new RegExp(String.raw`\b(${MONTHS.join('|')})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s*(\d{4})\b)?`, 'i');
const TIME = /\b(\d{1,2})(?:[.:](\d{2}))?\s*([ap])\.\s*m\b\.?|\b(noon|midnight)\b/i;

export interface ReceivedTime {
  /** 'YYYY-MM-DD' when the line or the sending date gives it. */
  day: string;
  /** 'HH:MM', when printed. */
  time?: string;
  /** The line printed no date: the sending day was taken (and the next day when the time came before sending). */
  dayAssumed: boolean;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function clock(m: RegExpExecArray): string {
  if (m[4]) return m[4].toLowerCase() === 'noon' ? '12:00' : '24:00';
  let h = Number(m[1]) % 12;
  if (m[3]?.toLowerCase() === 'p') h += 12;
  return `${pad(h)}:${m[2] ?? '00'}`;
}

/**
 * `sentDay` ('YYYY-MM-DD') supplies the year, and the day when the line has
 * only a time. The first time printed is taken ("July 24, 9.35 p.m.; July 26,
 * 4.30 a.m." — a telegram received in sections — is received July 24).
 */
export function parseReceived(line: string, sentDay: string | undefined): ReceivedTime | undefined {
  const date = MONTH.exec(line);
  const time = TIME.exec(line);
  const sentYear = sentDay ? Number(sentDay.slice(0, 4)) : undefined;
  if (!date) {
    if (!time || !sentDay || sentDay.length < 10) return undefined;
    return atMidnight({ day: sentDay.slice(0, 10), time: clock(time), dayAssumed: true });
  }
  const month = MONTHS.indexOf((date[1] ?? '').toLowerCase()) + 1;
  let year = date[3] ? Number(date[3]) : sentYear;
  if (year === undefined) return undefined;
  // Sent in December, received in January: the next year.
  if (!date[3] && sentDay && month < Number(sentDay.slice(5, 7))) year += 1;
  const day = `${year}-${pad(month)}-${pad(Number(date[2]))}`;
  return time ? atMidnight({ day, time: clock(time), dayAssumed: false }) : { day, dayAssumed: false };
}

/** 'YYYY-MM-DD' plus `days`. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** "Midnight" ends the day it is printed with: 00:00 of the next. */
function atMidnight(r: ReceivedTime): ReceivedTime {
  return r.time === '24:00' ? { ...r, day: addDays(r.day, 1), time: '00:00' } : r;
}
