/**
 * Footnote markers in plain text lose their superscript and end up glued to
 * the preceding word or number: "Rochat50", "p.m.49", "November 301"
 * (= "November 30" + note 1). This module finds them.
 *
 * Any glued number is only a candidate ("B52" or a mistyped figure look the
 * same), so the markers are chosen as a whole: in document order, a run of N
 * consecutive integers, N being the number of footnotes. The run either equals
 * the footnote labels (1, 2, 3) or is offset from them, as when a text keeps
 * the printed volume's numbering (49, 50, 51 for notes 1–3).
 */
import { MONTH_PATTERN, daysInMonth, monthNumber } from './dates';

/** Where footnote `note` (index into the footnote list) is anchored: digits [start, end) of paragraph `para`. */
export interface NoteAnchor {
  para: number;
  start: number;
  end: number;
  note: number;
}

/** One way of reading a glued number as a marker. */
interface Reading {
  value: number;
  start: number;
  end: number;
}

interface Candidate {
  para: number;
  readings: Reading[];
}

export interface AnchorResult {
  anchors: NoteAnchor[];
  /** Indexes of footnotes for which no marker was found. */
  unanchored: number[];
}

export function findNoteAnchors(paragraphs: readonly string[], labels: readonly string[]): AnchorResult {
  const all = labels.map((_, i) => i);
  // Symbol labels ("*") cannot be matched against glued numbers.
  if (labels.length === 0 || !labels.every((l) => /^\d+$/.test(l))) return { anchors: [], unanchored: all };
  const first = Number(labels[0]);
  const candidates = paragraphs.flatMap((text, para) => candidatesIn(text, para));
  const run = completeRun(candidates, labels.length, first) ?? greedyRun(candidates, labels.length, first);
  const anchors = run.map((r, note) => ({ para: r.para, start: r.reading.start, end: r.reading.end, note }));
  return { anchors, unanchored: all.slice(anchors.length) };
}

interface Picked {
  para: number;
  reading: Reading;
}

/** A full run of `n`, preferring the labels' own numbering, then the earliest offset run. */
function completeRun(candidates: readonly Candidate[], n: number, first: number): Picked[] | null {
  const starts = [first, ...candidates.flatMap((c) => c.readings.map((r) => r.value))];
  for (const start of new Set(starts)) {
    const run = greedyRun(candidates, n, start);
    if (run.length === n) return run;
  }
  return null;
}

/** Walks the candidates in order, taking each one that carries the next expected number. */
function greedyRun(candidates: readonly Candidate[], n: number, start: number): Picked[] {
  const run: Picked[] = [];
  for (const c of candidates) {
    if (run.length === n) break;
    const reading = c.readings.find((r) => r.value === start + run.length);
    if (reading) run.push({ para: c.para, reading });
  }
  return run;
}

function candidatesIn(text: string, para: number): Candidate[] {
  const found = [...gluedCandidates(text), ...dayCandidates(text), ...yearCandidates(text)];
  return found
    .map((readings) => ({ para, readings }))
    .sort((a, b) => (a.readings[0]?.start ?? 0) - (b.readings[0]?.start ?? 0));
}

/** Up to three digits glued to a letter or closing punctuation: "Rochat50", "p.m.49", "Russia.51", "”3". */
const GLUED = /(?<=[\p{L}.,;:!?)\]"'”’»])(\d{1,3})(?![\p{L}\d])/gu;

function gluedCandidates(text: string): Reading[][] {
  const out: Reading[][] = [];
  for (const m of text.matchAll(GLUED)) {
    const digits = m[1] ?? '';
    if (digits.startsWith('0') || !plausibleGlue(text, m.index)) continue;
    out.push([{ value: Number(digits), start: m.index, end: m.index + digits.length }]);
  }
  return out;
}

/** Rules out numbers that merely continue a figure or a code: "3.5", "1,000", "12:30", "B52", "MIG15". */
function plausibleGlue(text: string, at: number): boolean {
  const prev = text[at - 1] ?? '';
  if (/[.,:;]/.test(prev)) return !/\d/.test(text[at - 2] ?? '');
  if (/\p{L}/u.test(prev)) {
    const word = /[\p{L}]+$/u.exec(text.slice(0, at))?.[0] ?? '';
    return !(word.length <= 4 && word === word.toUpperCase());
  }
  return true;
}

/** "November 301": too big for a day of that month, so a day (30) plus a marker (1). */
const MONTH_DAY = new RegExp(`\\b(${MONTH_PATTERN}) (\\d{2,4})(?![\\p{L}\\d])`, 'gdu');

function dayCandidates(text: string): Reading[][] {
  const out: Reading[][] = [];
  for (const m of text.matchAll(MONTH_DAY)) {
    const digits = m[2] ?? '';
    const at = m.indices?.[2]?.[0];
    const month = monthNumber(m[1] ?? '');
    if (at === undefined || month === undefined) continue;
    // Leap-year February, since the year is not known here.
    const maxDay = daysInMonth(2000, month);
    if (Number(digits) <= maxDay) continue;
    const readings = daySplits(digits, maxDay).map((k) => ({
      value: Number(digits.slice(k)),
      start: at + k,
      end: at + digits.length,
    }));
    if (readings.length > 0) out.push(readings);
  }
  return out;
}

/** Split points k such that digits[0,k) is a valid day and digits[k..] a marker without a leading zero. */
function daySplits(digits: string, maxDay: number): number[] {
  return [2, 1].filter((k) => {
    const day = Number(digits.slice(0, k));
    const rest = digits.slice(k);
    return k < digits.length && day >= 1 && day <= maxDay && !digits.startsWith('0') && !rest.startsWith('0');
  });
}

/** "December 3, 19471": a four-digit year followed by a marker. */
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_PATTERN} \\d{1,2}, (?:1[5-9]\\d\\d|20\\d\\d)(\\d{1,3})(?![\\p{L}\\d])`, 'gdu');

function yearCandidates(text: string): Reading[][] {
  const out: Reading[][] = [];
  for (const m of text.matchAll(MONTH_DAY_YEAR)) {
    const digits = m[1] ?? '';
    const at = m.indices?.[1]?.[0];
    if (at === undefined || digits.startsWith('0')) continue;
    out.push([{ value: Number(digits), start: at, end: at + digits.length }]);
  }
  return out;
}
