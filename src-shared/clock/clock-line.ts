import { formatDate } from '../display/dates';
import type { ClockTime, DocumentClock } from './document-clock';

/** 45 min; 27 h 20 min; from two days on, 2 d 15 h 17 min (parts that are nought left out). */
export function transitText(minutes: number): string {
  const m = minutes % 60;
  const hours = Math.floor(minutes / 60);
  const parts = minutes >= 2880 ? [[Math.floor(hours / 24), 'd'], [hours % 24, 'h'], [m, 'min']] : [[hours, 'h'], [m, 'min']];
  const shown = parts.filter(([n]) => n !== 0).map(([n, unit]) => `${n} ${unit}`);
  return shown.length > 0 ? shown.join(' ') : '0 min';
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
