/**
 * The header of a FRUS document as plain text: file-number line, heading,
 * classification / precedence lines and datelines, before the body.
 */
import type { DateValue, DocKind } from '../../../src-shared/model/document';
import { MONTH_PATTERN, clockTime, isoDate, monthNumber, parseFullDate } from './dates';
import { kindFromWord } from './doc-kind';
import { parseHeading, type HeadingInfo } from './frus-parties';

export interface FileLine {
  fileNumber: string;
  kind?: DocKind;
}

/** "851.00/12–347", "740.00119 Council/12–447", "FW 711.00/123". */
const FILE_NUMBER = /^(?:[A-Z]{1,3} )?\d{3}\.[\w]+(?: [A-Z][\w]*)*\/[\w–‑.-]+$/u;

/** "851.00/12–347: Telegram", "711.00/123: Despatch", or a bare file number. */
export function parseFileLine(line: string): FileLine | null {
  const m = /^(.*?)(?::\s*([\p{L} -]+?))?\.?$/u.exec(line.trim());
  const fileNumber = m?.[1]?.trim() ?? '';
  if (!FILE_NUMBER.test(fileNumber)) return null;
  const kind = m?.[2] ? kindFromWord(m[2]) : undefined;
  return kind ? { fileNumber, kind } : { fileNumber };
}

/**
 * Decimal file numbers after 1945 end in month–day+year: "12–347" is
 * 3 December 1947 (the year is always the last two digits). Serial numbers
 * ("751.61/335") carry no dash and give no date.
 */
export function dateFromFileNumber(fileNumber: string): string | undefined {
  const tail = fileNumber.slice(fileNumber.lastIndexOf('/') + 1);
  const m = /^(\d{1,2})[–‑-](\d{1,2})(\d{2})(?!\d)/u.exec(tail);
  if (!m) return undefined;
  return isoDate(1900 + Number(m[3]), Number(m[1]), Number(m[2]));
}

export interface Markings {
  classification?: string;
  precedence?: string;
}

// Longest phrases first, so "top secret" wins over "secret".
const CLASSIFICATION = [
  'personal and top secret', 'personal and secret', 'personal and confidential', 'strictly confidential',
  'limited official use', 'official use only', 'top secret', 'secret', 'confidential', 'restricted',
  'eyes only', 'nodis', 'exdis', 'limdis', 'noforn', 'personal',
];
const PRECEDENCE = [
  'operational immediate', 'most immediate', 'triple priority', 'double priority',
  'us urgent', 'urgent', 'niact', 'priority', 'immediate', 'flash', 'emergency',
];

/** "top secret", "us urgent", "secret   us urgent   niact"; null when the line is anything else. */
export function parseMarkings(line: string): Markings | null {
  let rest = line.trim().toLowerCase().replace(/[—–-]/g, ' ').replace(/\s+/g, ' ');
  const classes: string[] = [];
  const precedences: string[] = [];
  while (rest !== '') {
    const c = leadingPhrase(rest, CLASSIFICATION);
    const p = c ? undefined : leadingPhrase(rest, PRECEDENCE);
    if (!c && !p) return null;
    if (c) classes.push(c);
    // "us urgent" is the US telegraphic form of plain "urgent".
    if (p) precedences.push(p.replace(/^us /, ''));
    rest = rest.slice((c ?? p ?? '').length).trim();
  }
  const out: Markings = {};
  if (classes.length) out.classification = classes.join(' ');
  if (precedences.length) out.precedence = precedences.join(' ');
  return classes.length || precedences.length ? out : null;
}

function leadingPhrase(text: string, phrases: readonly string[]): string | undefined {
  return phrases.find((p) => text === p || text.startsWith(p + ' '));
}

export interface Dateline {
  place?: string;
  /** The place was supplied by the editors, in square brackets. */
  placeSupplied: boolean;
  date: DateValue;
}

const DATELINE = new RegExp(`^([A-Z][\\p{L} .'-]*?),\\s+(${MONTH_PATTERN} \\d{1,2}, \\d{4})(?:\\s*[—–-]+\\s*(.+?))?\\.?$`, 'u');

/** "Paris, December 3, 1947—7 p.m.", "[Washington,] December 3, 1947." */
export function parseDateline(line: string): Dateline | null {
  const text = line.trim();
  const m = DATELINE.exec(text.replace(/[[\]]/g, ''));
  const iso = parseFullDate(m?.[2] ?? '');
  if (!m || !iso) return null;
  const time = m[3] ? clockTime(m[3]) : undefined;
  return {
    place: m[1],
    placeSupplied: /^\[/.test(text),
    date: { start: time ? `${iso}T${time}` : iso },
  };
}

/** "[Received December 3—3:47 p.m.]" → "1947-12-03T15:47" (or "15:47" when only a time is given). */
export function parseReceived(line: string, year: number | undefined): string | null {
  const m = /^\[Received:?\s+(.+?)\.?\]\.?$/i.exec(line.trim());
  if (!m?.[1]) return null;
  const parts = m[1].split(/\s*[—–]\s*|,\s+(?=\d{1,2}[.:]?\d*\s*[ap]\.?m)/);
  const time = clockTime(parts[parts.length - 1] ?? '');
  const day = parts.length > 1 ? monthDay(parts[0] ?? '', year) : undefined;
  if (day && time) return `${day}T${time}`;
  return time ?? day ?? m[1];
}

function monthDay(text: string, year: number | undefined): string | undefined {
  const full = parseFullDate(text);
  if (full) return full;
  const m = /^(\S+) (\d{1,2})$/.exec(text.trim());
  const month = monthNumber(m?.[1] ?? '');
  if (!m || !month || year === undefined) return undefined;
  return isoDate(year, month, Number(m[2]));
}

export interface FrusHeader {
  file?: FileLine;
  /** The document is printed as an enclosure ("[Enclosure]" line). */
  enclosure: boolean;
  heading?: string;
  parties?: HeadingInfo;
  markings: Markings;
  /** Dateline and "[Received …]" lines: kept in the body with role 'dateline'. */
  datelines: string[];
  dateline?: Dateline;
  received?: string;
  /** Index of the first body line. */
  bodyStart: number;
}

const ENCLOSURE = /^\[(?:Sub)?(?:Enclosure|Attachment|Annex)(?: \d+)?\]$/i;

/** Reads the header lines at the top; everything after them is body. */
export function readHeader(lines: readonly string[]): FrusHeader {
  const h: FrusHeader = { enclosure: false, markings: {}, datelines: [], bodyStart: 0 };
  let i = nextLine(lines, 0);
  /** Consumes the current line when `read` recognises (and records) it. */
  const take = (read: (line: string) => boolean): boolean => {
    const ok = i < lines.length && read(lines[i] ?? '');
    if (ok) i = nextLine(lines, i + 1);
    return ok;
  };
  const enclosureLine = (line: string): boolean => {
    if (ENCLOSURE.test(line.trim())) h.enclosure = true;
    return h.enclosure;
  };
  const fileLine = (line: string): boolean => {
    h.file = parseFileLine(line) ?? undefined;
    return h.file !== undefined;
  };
  // "[Enclosure]" may come before or after the file number.
  take(enclosureLine);
  take(fileLine);
  if (!h.enclosure) take(enclosureLine);
  take((line) => headingLine(h, line));
  while (take((line) => detailLine(h, line)));
  h.bodyStart = i;
  return h;
}

function headingLine(h: FrusHeader, line: string): boolean {
  const parties = parseHeading(line);
  if (!parties) return false;
  h.heading = line.trim().replace(/\s+/g, ' ');
  h.parties = parties;
  return true;
}

/** A classification / precedence line, a dateline or a received line. */
function detailLine(h: FrusHeader, line: string): boolean {
  const markings = parseMarkings(line);
  if (markings) {
    h.markings = { ...h.markings, ...markings };
    return true;
  }
  const dateline = h.dateline ? null : parseDateline(line);
  if (dateline) h.dateline = dateline;
  const year = h.dateline ? Number(h.dateline.date.start.slice(0, 4)) : undefined;
  const received = dateline ? null : parseReceived(line, year);
  if (received) h.received = received;
  if (dateline || received) h.datelines.push(line.trim());
  return dateline !== null || received !== null;
}

function nextLine(lines: readonly string[], from: number): number {
  let i = from;
  while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
  return i;
}
