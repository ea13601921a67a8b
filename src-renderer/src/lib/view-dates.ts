import type { TimelineUnit } from '@contract';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A stored date ('1918-04', '1918-04-05T14:00') as the day it stands on in the chart: a month alone on its first day. */
export function placedDay(date: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return date;
  return `${m[1]}-${m[2] && m[2] !== '00' ? m[2] : '01'}-${m[3] && m[3] !== '00' ? m[3] : '01'}`;
}

/** '1918-04-05' → '5 April 1918', as much as the date (or the unit) says. */
export function longDate(date: string, unit: TimelineUnit = 'day'): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return date;
  const month = m[2] && m[2] !== '00' ? MONTHS[Number(m[2]) - 1] : undefined;
  if (unit === 'year' || !month) return m[1] ?? date;
  if (unit === 'month' || !m[3] || m[3] === '00') return `${month} ${m[1]}`;
  return `${Number(m[3])} ${month} ${m[1]}`;
}

/** Milliseconds (UTC) of an ISO day, for the chart's time axis. */
export const dayMs = (day: string): number => Date.parse(`${day}T00:00:00Z`);

/** An ISO day of a time-axis value. */
export const msDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
