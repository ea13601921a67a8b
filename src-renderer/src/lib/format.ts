import type { DateValue, Party } from '../../../src-shared/model/document';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

interface DateParts {
  year: string;
  month?: number;
  day?: number;
  time?: string;
}

function parseDate(value: string): DateParts | null {
  const m = /^(\d{3,4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}:\d{2}))?)?)?$/.exec(value.trim());
  if (!m) return null;
  const month = m[2] ? Number(m[2]) : undefined;
  const day = m[3] ? Number(m[3]) : undefined;
  return {
    year: m[1] ?? value,
    month: month && month >= 1 && month <= 12 ? month : undefined,
    day: day && day >= 1 && day <= 31 ? day : undefined,
    time: m[4],
  };
}

function monthName(month: number | undefined): string {
  return month ? (MONTHS[month - 1] ?? '') : '';
}

function formatParts(p: DateParts, withYear = true): string {
  const parts: string[] = [];
  if (p.day && p.month) parts.push(String(p.day));
  if (p.month) parts.push(monthName(p.month));
  if (withYear) parts.push(p.year);
  const date = parts.join(' ');
  return p.time ? `${date}, ${p.time}` : date;
}

/** '1947-12-03' → '3 December 1947'; '1941' → '1941'; '1956-11-16T17:50' → '16 November 1956, 17:50'. */
export function formatDateString(value: string): string {
  const p = parseDate(value);
  return p ? formatParts(p) : value;
}

/** A date or range: '3–5 December 1947', '30 November – 2 December 1947'. */
export function formatDate(date: DateValue): string {
  if (!date.end || date.end === date.start) return formatDateString(date.start);
  const a = parseDate(date.start);
  const b = parseDate(date.end);
  if (!a || !b) return `${date.start} – ${date.end}`;
  const sameYear = a.year === b.year;
  if (sameYear && a.month && a.month === b.month && a.day && b.day && !a.time && !b.time) {
    return `${a.day}–${b.day} ${monthName(a.month)} ${a.year}`;
  }
  if (sameYear && !a.time && !b.time && (a.month || b.month)) {
    return `${formatParts(a, false)} – ${formatParts(b)}`;
  }
  if (!a.month && !b.month) return `${a.year}–${b.year}`;
  return `${formatParts(a)} – ${formatParts(b)}`;
}

/** A short list form: '3 Dec 1947'. */
export function formatDateShort(value: string | null): string {
  if (!value) return '';
  const p = parseDate(value);
  if (!p) return value;
  const mon = p.month ? monthName(p.month).slice(0, 3) : '';
  return [p.day && p.month ? String(p.day) : '', mon, p.year].filter(Boolean).join(' ');
}

/** 'The Ambassador in France (Caffery)' from role + name. */
export function formatParty(party: Party): string {
  const role = party.role?.trim();
  const name = party.name?.trim();
  if (role && name) return role.includes(name) ? role : `${role} (${name})`;
  return role || name || '—';
}

export function formatParties(parties: readonly Party[]): string {
  return parties.map(formatParty).join('; ');
}

/** ['810', '811'] → 'pp. 810–811'; ['811'] → 'p. 811'. */
export function formatPages(pages: readonly string[]): string {
  const first = pages[0];
  const last = pages[pages.length - 1];
  if (first === undefined || last === undefined) return '';
  return first === last ? `p. ${first}` : `pp. ${first}–${last}`;
}

const KIND_LABELS: Record<string, string> = {
  telegram: 'Telegram',
  despatch: 'Despatch',
  letter: 'Letter',
  memorandum: 'Memorandum',
  note: 'Note',
  report: 'Report',
  instruction: 'Instruction',
  document: 'Document',
};

export function formatKind(kind: string | null | undefined): string {
  if (!kind) return '';
  return KIND_LABELS[kind] ?? kind.charAt(0).toUpperCase() + kind.slice(1);
}

export function yearOf(date: string | null): number | null {
  if (!date) return null;
  const m = /^(\d{3,4})/.exec(date);
  return m ? Number(m[1]) : null;
}

/** An ISO time stamp in the user's time zone: '3 December 1947, 17:50'. */
export function formatStamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number): string => String(n).padStart(2, '0');
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return `${formatDateString(day)}, ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
