import type { DocumentMeta } from '../../../src-shared/model/document';
import { documentClock, type ClockTime } from '../../../src-shared/clock/document-clock';
import { clockTimeText } from '../../../src-shared/clock/clock-line';
import { partiesShort } from '../../../src-shared/display/parties';
import type { ThreadEntry, ThreadTime } from '../../contract';

export interface ThreadRow {
  id: number;
  title: string;
  date_start: string | null;
  kind: string | null;
  number: string | null;
  meta_json: string;
}

function threadTime(t: ClockTime | undefined): ThreadTime | null {
  if (!t) return null;
  return { iso: t.iso, utc: `${new Date(t.ms).toISOString().slice(0, 16)}Z`, label: clockTimeText(t), provenance: t.provenance, stated: t.stated };
}

/** One document of a thread, with its sending and receipt on one clock; `at` orders the thread. */
export function threadEntry(row: ThreadRow): ThreadEntry & { at: number } {
  const meta = JSON.parse(row.meta_json) as DocumentMeta;
  const clock = documentClock(meta);
  return {
    id: row.id,
    title: row.title,
    date: row.date_start,
    kind: row.kind,
    from: partiesShort(meta.from?.value),
    to: partiesShort(meta.to?.value),
    number: row.number,
    sent: threadTime(clock.sent),
    received: threadTime(clock.received),
    receivedText: meta.received?.value ?? null,
    transitMinutes: clock.transitMinutes ?? null,
    at: clock.sent?.ms ?? dateMs(row.date_start),
  };
}

/**
 * A date without a known offset sorts at its local wall time read as UTC
 * (noon for a day without an hour): close enough to interleave with the
 * instants, which differ from it by a time zone at most.
 */
function dateMs(date: string | null): number {
  if (!date) return Number.POSITIVE_INFINITY;
  const [start] = date.split('/');
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}:\d{2}))?/.exec(start ?? '');
  if (!m) return Number.POSITIVE_INFINITY;
  return Date.parse(`${m[1]}-${m[2] ?? '07'}-${m[3] ?? '01'}T${m[4] ?? '12:00'}:00Z`);
}

const numberValue = (n: string | null): number => (n && /^\d+/.test(n) ? Number.parseInt(n, 10) : Number.POSITIVE_INFINITY);

/** In order of sending; then the number in the volume; then the library id. */
export function bySending(a: ThreadEntry & { at: number }, b: ThreadEntry & { at: number }): number {
  return a.at - b.at || numberValue(a.number) - numberValue(b.number) || a.id - b.id;
}
