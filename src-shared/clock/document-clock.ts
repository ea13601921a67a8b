import type { DocumentMeta, Party } from '../model/document';
import { offsetAtLocal, offsetText, parseOffset, wallMs } from './offsets';
import { zoneForPlace, zoneForPost, type PlaceZone } from './places';
import { addDays, parseReceived } from './received';

/** A moment of sending or receipt, on the local clock and on UTC. */
export interface ClockTime {
  /** Wall time where it happened: 'YYYY-MM-DDTHH:MM'. */
  local: string;
  /** The place whose clock it is ("Peking", "Washington"). */
  place: string;
  /** Seconds east of UTC, and as text ('+08:00', '+02:31:19'). */
  offsetSeconds: number;
  offset: string;
  /** Milliseconds since the epoch. */
  ms: number;
  /** ISO with the offset: '1918-06-02T19:00+08:00'. */
  iso: string;
  /** True when the source states the offset; false when it was inferred from a place. */
  stated: boolean;
  /** In words: where the time and its zone come from. */
  provenance: string;
}

export interface DocumentClock {
  sent?: ClockTime;
  received?: ClockTime;
  /** Received − sent, in minutes, when both are known and in that order. */
  transitMinutes?: number;
}

const WASHINGTON: PlaceZone = { matched: 'Washington', zone: 'America/New_York' };

const hm = (seconds: number): string => offsetText(seconds).replace(/^\+00:00$/, '±00:00');

function atPlace(local: string, where: PlaceZone, why: string): ClockTime {
  const offsetSeconds = offsetAtLocal(where.zone, local);
  const year = local.slice(0, 4);
  return {
    local,
    place: where.matched,
    offsetSeconds,
    offset: offsetText(offsetSeconds),
    ms: wallMs(local) - offsetSeconds * 1000,
    iso: `${local}${offsetText(offsetSeconds)}`,
    stated: false,
    provenance: `time zone inferred from ${why} ${where.matched}: ${where.zone}, UTC${hm(offsetSeconds)} in ${year}${where.caveat ? ` (${where.caveat})` : ''}`,
  };
}

const ISO_OFFSET = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2}(?::?\d{2})?)$/;

/** An instant the source states with its offset ('1917-04-06T12:00:00-05:00'). */
export function statedTime(iso: string, place: string, where: string): ClockTime | undefined {
  const m = ISO_OFFSET.exec(iso);
  const offsetSeconds = m?.[2] === undefined ? undefined : parseOffset(m[2]);
  if (!m?.[1] || offsetSeconds === undefined) return undefined;
  const local = m[1];
  return {
    local,
    place,
    offsetSeconds,
    offset: offsetText(offsetSeconds),
    ms: wallMs(local) - offsetSeconds * 1000,
    iso: `${local}${offsetText(offsetSeconds)}`,
    stated: true,
    provenance: `offset UTC${hm(offsetSeconds)} stated in the source (${where})`,
  };
}

const DEPARTMENT = /\b(?:Secretary of State|Department of State|Department|President)\b/i;

/** Where the recipient read the document: the Department in Washington, or the post its title names. */
function recipientZone(to: Party[] | undefined): { where: PlaceZone; why: string } | undefined {
  for (const p of to ?? []) {
    const title = [p.role, p.name].filter(Boolean).join(' ');
    if (DEPARTMENT.test(title) && !/\b(?:in|at)\s+[A-Z]/.test(p.role ?? '')) return { where: WASHINGTON, why: 'the recipient, the Department of State, in' };
    const post = zoneForPost(p.role ?? p.name);
    if (post) return { where: post, why: "the recipient's post" };
  }
  return undefined;
}

function sentTime(meta: DocumentMeta): ClockTime | undefined {
  const place = meta.place?.value ?? '';
  // A date the user corrected outranks the offset the source stated for the old one.
  if (meta.sentAt && meta.date?.provenance.kind !== 'edited') return statedTime(meta.sentAt.value, place, meta.sentAt.provenance.kind === 'stated' ? (meta.sentAt.provenance.where ?? 'source') : 'source');
  const date = meta.date?.value;
  if (!date || date.end || !/T\d{2}:\d{2}$/.test(date.start)) return undefined;
  const where = zoneForPlace(place);
  return where && atPlace(date.start, where, 'the dateline place');
}

function receivedTime(meta: DocumentMeta, sent: ClockTime | undefined): ClockTime | undefined {
  if (meta.receivedAt) return statedTime(meta.receivedAt.value, '', 'received');
  const line = meta.received?.value;
  const parsed = line ? parseReceived(line, meta.date?.value.start.slice(0, 10)) : undefined;
  if (!parsed?.time) return undefined;
  const recipient = recipientZone(meta.to?.value);
  if (!recipient) return undefined;
  const at = atPlace(`${parsed.day}T${parsed.time}`, recipient.where, recipient.why);
  if (!parsed.dayAssumed || !sent || at.ms >= sent.ms) {
    return parsed.dayAssumed ? { ...at, provenance: `${at.provenance}; day of receipt not printed: the day of sending` } : at;
  }
  // "Received 9.30 a.m." after a telegram sent at 10 p.m.: the next morning.
  const next = atPlace(`${addDays(parsed.day, 1)}T${parsed.time}`, recipient.where, recipient.why);
  return { ...next, provenance: `${next.provenance}; day of receipt not printed: the day after sending, as the time precedes it` };
}

/** Sending and receipt of a document on one clock, and the time between. */
export function documentClock(meta: DocumentMeta): DocumentClock {
  const sent = sentTime(meta);
  const received = receivedTime(meta, sent);
  const out: DocumentClock = {};
  if (sent) out.sent = sent;
  if (received) out.received = received;
  if (sent && received && received.ms >= sent.ms) out.transitMinutes = Math.round((received.ms - sent.ms) / 60_000);
  return out;
}
