import type { DateValue, Field } from '../../../src-shared/model/document';
import { findDates } from './dates';

/** The date attributes FRUS encoders use on `<date>`. */
export interface DateAttrs {
  when?: string;
  from?: string;
  to?: string;
  notBefore?: string;
  notAfter?: string;
}

/** `frus:doc-dateTime-min` / `-max` on the document's div (newer volumes). */
export interface DivDates {
  min?: string;
  max?: string;
}

const ISO =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

interface Parsed {
  /** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
  day: string;
  /** 'HH:MM', when the value has a time. */
  time?: string;
  /** True for 00:00:00, false for 23:59:59: the bounds of a whole day. */
  dayStart: boolean;
  dayEnd: boolean;
}

/**
 * '1917-04-03T18:00:00-05:00' → day '1917-04-03', time '18:00'. The offset is
 * dropped on purpose: the time is the local time printed on the document.
 */
function parseIso(value: string | undefined): Parsed | undefined {
  const m = value === undefined ? null : ISO.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, hh, mm, ss] = m;
  const day = [y, mo, d].filter((p) => p !== undefined).join('-');
  if (hh === undefined || mm === undefined) return { day, dayStart: true, dayEnd: true };
  const secs = ss ?? '00';
  return {
    day,
    time: `${hh}:${mm}`,
    dayStart: hh === '00' && mm === '00' && secs === '00',
    dayEnd: hh === '23' && mm === '59',
  };
}

function show(p: Parsed): string {
  return p.time === undefined ? p.day : `${p.day}T${p.time}`;
}

/** A single value as the model wants it ('YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM'). */
export function isoValue(value: string | undefined): string | undefined {
  const p = parseIso(value);
  return p && show(p);
}

/**
 * A range; a bound pair covering whole days (00:00:00 to 23:59:59, as the
 * FRUS doc-dateTime attributes do for an undated-hour document) shows days only.
 */
function range(lo: Parsed, hi: Parsed): DateValue {
  const wholeDays = lo.dayStart && hi.dayEnd;
  const start = wholeDays ? lo.day : show(lo);
  const end = wholeDays ? hi.day : show(hi);
  return start === end ? { start } : { start, end };
}

export function dateFromAttrs(a: DateAttrs): DateValue | undefined {
  const when = parseIso(a.when);
  if (when) return { start: show(when) };
  const lo = parseIso(a.from ?? a.notBefore);
  const hi = parseIso(a.to ?? a.notAfter);
  if (lo && hi) return range(lo, hi);
  const one = lo ?? hi;
  return one && { start: show(one) };
}

/** The dateline's `<date>` first; the div's normalised bounds when the dateline has none. */
export function dateField(dateline: DateAttrs | undefined, div: DivDates): Field<DateValue> | undefined {
  const stated = dateline && dateFromAttrs(dateline);
  if (stated) return { value: stated, provenance: { kind: 'stated', where: 'dateline' } };
  const fromDiv = dateFromAttrs({ from: div.min, to: div.max });
  if (fromDiv) return { value: fromDiv, provenance: { kind: 'stated', where: 'frus:doc-dateTime' } };
  return undefined;
}

const RECEIVED = /[[(]\s*Received:?\s+([^\])]+?)\s*[\])]/i;
const RECEIVED_BARE = /\bReceived:?\s+(.+?)\s*$/i;

/** "[Received April 8, 7.45 p.m.]" / "(Received March 5.)" in the dateline → "April 8, 7.45 p.m." */
export function receivedFrom(dateline: string | undefined): string | undefined {
  if (dateline === undefined) return undefined;
  const m = RECEIVED.exec(dateline) ?? RECEIVED_BARE.exec(dateline);
  const value = m?.[1]?.trim();
  if (!value) return undefined;
  // The closing period belongs to the sentence, except after "a.m."/"p.m.".
  return /\b[ap]\.m\.$/i.test(value) ? value : value.replace(/\.$/, '');
}

/**
 * A paragraph that is nothing but a place and a date, perhaps with the time
 * of receipt ("Washington, September 5, 1918. [Received September 6.]"): the
 * dateline of a note printed at its foot.
 */
export function closingDateline(text: string): { date: string; place?: string; received?: string } | undefined {
  const hit = findDates(text)[0];
  if (hit === undefined || text.length > 120) return undefined;
  const before = text.slice(0, hit.index);
  const rest = text.slice(hit.index + hit.text.length);
  // Only a place ("Washington, ", "St. Petersburg, ") may precede the date: not a sentence.
  const placeLike = before === '' || (/,\s*$/.test(before) && before.length <= 60 && !/[;:!?]|\.\s+[a-z]/.test(before));
  if (!placeLike || !/^\.?\s*(?:[[(]Received[^\])]*[\])])?$/i.test(rest)) return undefined;
  const place = before.replace(/[\s,]+$/, '');
  const received = receivedFrom(rest);
  return { date: hit.iso, ...(place ? { place } : {}), ...(received ? { received } : {}) };
}

const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/**
 * The moment of sending where the editors state it with its offset: the
 * dateline's `@when` ('1956-11-05T18:00:00+01:00'), or the div's
 * doc-dateTime bounds when they are one timed instant (whole-day bounds,
 * 00:00:00 to 23:59:59, say nothing of the hour).
 */
export function statedInstant(dateline: DateAttrs | undefined, div: DivDates): Field<string> | undefined {
  const when = dateline?.when?.trim();
  if (when && WITH_OFFSET.test(when)) return { value: when, provenance: { kind: 'stated', where: 'dateline @when' } };
  const min = div.min?.trim();
  if (min && min === div.max?.trim() && WITH_OFFSET.test(min)) return { value: min, provenance: { kind: 'stated', where: 'frus:doc-dateTime' } };
  return undefined;
}
