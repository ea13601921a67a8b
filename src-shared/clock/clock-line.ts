import { formatDate } from '../display/dates';
import type { ClockTime, DocumentClock } from './document-clock';

/** 28 h 20 min; 3 d 4 h beyond two days; 45 min under an hour. */
export function transitText(minutes: number): string {
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  if (minutes >= 2880) return `${d} d ${h} h`;
  const hours = Math.floor(minutes / 60);
  return hours === 0 ? `${m} min` : `${hours} h${m ? ` ${m} min` : ''}`;
}

/** '11:00 UTC', with the UTC day when it is not the local one ('3 June, 01:20 UTC'). */
export function utcText(t: ClockTime): string {
  const utc = new Date(t.ms).toISOString();
  const time = `${utc.slice(11, 16)} UTC`;
  if (utc.slice(0, 10) === t.local.slice(0, 10)) return time;
  return `${formatDate({ start: utc.slice(0, 10) }).replace(/ \d{4}$/, '')}, ${time}`;
}

/** "Peking, 2 June 1918, 19:00 (11:00 UTC)". */
export function clockTimeText(t: ClockTime): string {
  return `${t.place ? `${t.place}, ` : ''}${formatDate({ start: t.local })} (${utcText(t)})`;
}

/** The parts of the header line: "Sent …", "Received …", "in transit …". Empty when nothing is on the clock. */
export function clockParts(c: DocumentClock): string[] {
  const parts: string[] = [];
  if (c.sent) parts.push(`Sent ${clockTimeText(c.sent)}`);
  if (c.received) parts.push(`Received ${clockTimeText(c.received)}`);
  if (c.transitMinutes !== undefined) parts.push(`in transit ${transitText(c.transitMinutes)}`);
  return parts;
}

/** Where each time and its zone come from, one line each. */
export function clockProvenance(c: DocumentClock): string[] {
  return [c.sent && `Sent: ${c.sent.provenance}`, c.received && `Received: ${c.received.provenance}`].filter((s): s is string => !!s);
}
