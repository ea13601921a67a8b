/**
 * Resolving a reference found in the text to the document it cites. A wrong
 * link is worse than none: a reference resolves only when exactly one
 * document fits everything it says — number, date, who sent it, kind — and
 * was written no later than the citing document; several fits are offered
 * as candidates; none is said plainly.
 */
import { sameSerial } from '../../../src-shared/text-refs/doc-serials';
import { monthDay, type RefDate } from '../../../src-shared/text-refs/ref-dates';
import type { TextRef } from '../../../src-shared/text-refs/ref-detect';
import type { Candidate, CandidateLookup } from './candidate-lookup';
import { directionOf, type CitingDoc, type Direction } from './text-ref-direction';
import { describe, cited, listed } from './text-ref-words';

export interface Resolution {
  status: 'resolved' | 'ambiguous' | 'not-found';
  /** Best first; empty when not found. */
  targets: Candidate[];
  /** What the reference names, in words ("telegram 1359 sent by the Ambassador in Russia"). */
  label: string;
  why: string;
}

/** Candidates offered for an ambiguous reference. */
const MAX_OFFERED = 5;
/** How far back a reference without a year is looked for. */
const LOOK_BACK_YEARS = 2;

const day = (date: string): string => date.slice(0, 10);
const time = (date: string): string | undefined => date.slice(11, 16) || undefined;

/** The year a month and day without one falls in: the latest not after the citing day. */
function fullDay(d: RefDate, citing: string): string {
  const md = monthDay(d);
  const y = d.year ?? (md <= citing.slice(5, 10) ? Number(citing.slice(0, 4)) : Number(citing.slice(0, 4)) - 1);
  return `${y}-${md}`;
}

/** Telegrams are telegrams; a despatch, instruction or note is not one. A kind the library does not know never excludes. */
function kindFits(ref: TextRef, c: Candidate): boolean {
  if (!ref.kind || !c.kind) return true;
  if (ref.kind === 'telegram' || ref.kind === 'airgram') return c.kind === 'telegram' || ref.kind === 'airgram';
  if (ref.kind === 'communication' || ref.kind === 'memorandum') return true;
  return c.kind !== 'telegram';
}

/** Written no later than the citing document (the same day counts, unless both times say otherwise). */
function before(c: Candidate, doc: CitingDoc & { date: string }): boolean {
  if (day(c.date) !== day(doc.date)) return day(c.date) < day(doc.date);
  const a = time(c.date);
  const b = time(doc.date);
  return !a || !b || a <= b;
}

function pool(ref: TextRef, doc: CitingDoc & { date: string }, lookup: CandidateLookup): readonly Candidate[] {
  const citing = day(doc.date);
  if (ref.number) {
    const from = ref.date?.year !== undefined ? `${ref.date.year}-01-01` : `${Number(citing.slice(0, 4)) - LOOK_BACK_YEARS}-01-01`;
    return lookup.bySerial(ref.number, from, citing);
  }
  return ref.date ? lookup.onDay(fullDay(ref.date, citing)) : [];
}

/** Does the candidate say what the reference says? */
function fits(ref: TextRef, c: Candidate, doc: CitingDoc & { date: string }, dir: Direction): boolean {
  if (c.id === doc.id || !before(c, doc) || !dir.sentBy(c) || !kindFits(ref, c)) return false;
  if (ref.number && !c.serials.some((s) => sameSerial(s, ref.number ?? ''))) return false;
  if (ref.date && day(c.date) !== fullDay(ref.date, day(doc.date))) return false;
  return true;
}

/** Best first: to the right correspondent, at the printed time, in the same volume, the latest. */
function rank(ref: TextRef, dir: Direction, doc: CitingDoc): (a: Candidate, b: Candidate) => number {
  const score = (c: Candidate): number =>
    (dir.pair(c) ? 4 : 0) + (ref.date?.time && time(c.date) === ref.date.time ? 2 : 0) + (c.collectionId === doc.collectionId ? 1 : 0);
  return (a, b) => score(b) - score(a) || b.date.localeCompare(a.date) || a.id - b.id;
}

/**
 * Several fit: one stands out only if it alone went to the right
 * correspondent, or alone bears the printed time. Never by volume or
 * recency alone: the same number recurs each year and at other posts.
 */
function standsOut(ref: TextRef, fitting: readonly Candidate[], dir: Direction): { one: Candidate; because: string } | null {
  const paired = fitting.filter((c) => dir.pair(c));
  const only = paired.length === 1 ? paired[0] : undefined;
  if (only) return { one: only, because: `the only one of ${fitting.length} that went to the same correspondent` };
  const pool = paired.length > 0 ? paired : fitting;
  const timed = ref.date?.time ? pool.filter((c) => time(c.date) === ref.date?.time) : [];
  const at = timed.length === 1 ? timed[0] : undefined;
  return at ? { one: at, because: `the only one of ${fitting.length} sent at ${ref.date?.time ?? ''}` } : null;
}

/** A number and a full date name one document however it went: used when the citing document does not say who its parties are. */
const ANYONE: Direction = { sentBy: () => true, pair: () => false, words: 'by whoever sent it (this document does not name its parties)' };

/**
 * Telegrams went several a day from one post and are cited by day and hour:
 * a day alone ("your cipher telegram July 30") proposes, it does not decide.
 */
function dayAloneWeak(ref: TextRef, c: Candidate): boolean {
  return !ref.number && !ref.date?.time && (c.kind === 'telegram' || c.kind === null) && (ref.kind === undefined || ref.kind === 'telegram');
}

export function resolveTextRef(ref: TextRef, doc: CitingDoc, lookup: CandidateLookup): Resolution {
  const dir = directionOf(ref.owner, ref.kind, doc) ?? (ref.number && ref.date ? ANYONE : null);
  const label = describe(ref, dir);
  const none = (why: string): Resolution => ({ status: 'not-found', targets: [], label, why });
  if (!ref.number && !ref.date) return none(`${label}: the reference gives neither a number nor a date`);
  if (!doc.date || doc.date.length < 10) return none(`${label}: this document is not dated to the day, so what came before it cannot be told`);
  if (!dir) return none(`${label}: this document does not say who sent or received it, so whose document is meant cannot be told`);
  const dated = { ...doc, date: doc.date };
  const candidates = pool(ref, dated, lookup);
  const fitting = candidates.filter((c) => fits(ref, c, dated, dir)).sort(rank(ref, dir, doc));
  const self = candidates.some((c) => c.id === doc.id);
  if (fitting.length === 0) return none(`no ${label} dated on or before ${day(doc.date)} is in the library${self ? ' (only this document itself fits)' : ''}`);
  const first = fitting[0];
  const pick = fitting.length === 1 && first ? { one: first, because: `the only ${label}` } : standsOut(ref, fitting, dir);
  const one = pick?.one;
  if (one && dir.strict && !dir.pair(one)) {
    return { status: 'ambiguous', targets: fitting.slice(0, MAX_OFFERED), label, why: `${cited(one)} fits ${label} but went to another correspondent (perhaps repeated to this one): offered, not chosen` };
  }
  if (one && dayAloneWeak(ref, one)) {
    return { status: 'ambiguous', targets: [one], label, why: `${cited(one)} fits ${label}, but the reference gives no hour and telegrams went several a day: offered, not chosen` };
  }
  if (pick) return { status: 'resolved', targets: [pick.one], label, why: `${cited(pick.one)}, ${pick.because} on or before ${day(doc.date)}` };
  // "Your 1359" fitting only telegrams that went elsewhere, several of them: nothing to offer.
  if (dir.strict && !fitting.some((c) => dir.pair(c))) return none(`no ${label} dated on or before ${day(doc.date)} is in the library (${fitting.length} of that day went to other correspondents)`);
  const offered = fitting.slice(0, MAX_OFFERED);
  return { status: 'ambiguous', targets: offered, label, why: `${fitting.length} documents fit ${label} on or before ${day(doc.date)}: ${listed(offered)}${fitting.length > offered.length ? ', …' : ''}` };
}

