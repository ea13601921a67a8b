/**
 * How a document's date reads, everywhere Chancery shows one: the reader's
 * header, lists, the dossier PDF. An edition's apparatus puts the day first
 * ("3 December 1947", "3–5 December 1947", "16 November 1956, 17:50").
 * Citation styles that require otherwise ask for `month-day` (FRUS and
 * Chicago print "December 3, 1947"); nothing else does.
 */

/** A date as precise as the source allows ('YYYY' … 'YYYY-MM-DDTHH:MM'), or a range: the model's DateValue. */
export interface DateSpan {
  start: string;
  end?: string;
}

export interface DateParts {
  year: string;
  month?: number;
  day?: number;
  time?: string;
}

export type DateOrder = 'day-month' | 'month-day';

export interface DateStyle {
  /** Day first (the default) or, for a citation style that requires it, month first. */
  order?: DateOrder;
  /** Show the time of day when the date has one (default true). */
  time?: boolean;
}

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** The parts of an ISO date; null when it is not one (it is then shown as written). */
export function dateParts(value: string): DateParts | null {
  const m = /^(\d{3,4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}:\d{2}))?)?)?$/.exec(value.trim());
  if (!m?.[1]) return null;
  const month = m[2] ? Number(m[2]) : 0;
  const day = m[3] ? Number(m[3]) : 0;
  return {
    year: m[1],
    ...(month >= 1 && month <= 12 ? { month } : {}),
    ...(day >= 1 && day <= 31 ? { day } : {}),
    ...(m[4] ? { time: m[4] } : {}),
  };
}

const monthName = (p: DateParts): string => (p.month ? (MONTHS[p.month - 1] ?? '') : '');

function render(p: DateParts, order: DateOrder, withYear = true): string {
  const month = monthName(p);
  const day = p.day && month ? String(p.day) : '';
  let date: string;
  if (order === 'day-month') date = [day, month, withYear ? p.year : ''].filter(Boolean).join(' ');
  else {
    const md = day ? `${month} ${day}` : month;
    date = !withYear ? md : md === '' ? p.year : `${md}${day ? ',' : ''} ${p.year}`;
  }
  return p.time ? `${date}, ${p.time}` : date;
}

const same = (a: DateParts, b: DateParts): boolean => a.year === b.year && a.month === b.month && a.day === b.day && a.time === b.time;

/** A date or range: '3 December 1947', '3–5 December 1947', '30 November – 2 December 1947', '1941–1945'. */
export function formatDate(date: DateSpan, style: DateStyle = {}): string {
  const order = style.order ?? 'day-month';
  const parse = (v: string): DateParts | null => {
    const p = dateParts(v);
    if (p && style.time === false) delete p.time;
    return p;
  };
  const a = parse(date.start);
  const b = date.end ? parse(date.end) : null;
  if (!a) return date.end && date.end !== date.start ? `${date.start} – ${date.end}` : date.start;
  if (!date.end || (b && same(a, b))) return render(a, order);
  if (!b) return `${render(a, order)} – ${date.end}`;
  // A complex range takes a spaced dash in day-first style, a closed one in US style.
  const dash = order === 'day-month' ? ' – ' : '–';
  const sameYear = a.year === b.year;
  if (sameYear && a.month && a.month === b.month && a.day && b.day && !a.time && !b.time) {
    return order === 'day-month' ? `${a.day}–${b.day} ${monthName(a)} ${a.year}` : `${monthName(a)} ${a.day}–${b.day}, ${a.year}`;
  }
  if (sameYear && !a.time && !b.time && (a.month || b.month)) return `${render(a, order, false)}${dash}${render(b, order)}`;
  if (!a.month && !b.month) return `${a.year}–${b.year}`;
  return `${render(a, order)}${dash}${render(b, order)}`;
}

/** A short form for lists: '3 Dec 1947', 'Dec 1947', '1947'. */
export function formatDateShort(value: string | null): string {
  if (!value) return '';
  const p = dateParts(value);
  if (!p) return value;
  const mon = monthName(p).slice(0, 3);
  return [p.day && mon ? String(p.day) : '', mon, p.year].filter(Boolean).join(' ');
}
