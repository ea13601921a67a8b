/**
 * Historical UTC offsets from the ICU time-zone data (Intl), so that Peking in
 * 1918 is UTC+8 and Moscow's 1918 double summer time is +4:31:19.
 */

const formats = new Map<string, Intl.DateTimeFormat>();

function format(zone: string): Intl.DateTimeFormat {
  let f = formats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    formats.set(zone, f);
  }
  return f;
}

/** Seconds east of UTC in `zone` at the UTC instant `ms`. */
export function offsetAtInstant(zone: string, ms: number): number {
  const name = format(zone).formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):(\d{2})(?::(\d{2}))?/.exec(name);
  if (!m) return 0;
  const secs = Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0);
  return m[1] === '-' ? -secs : secs;
}

/** Milliseconds of a local wall time 'YYYY-MM-DDTHH:MM' read as if it were UTC. */
export function wallMs(local: string): number {
  return Date.parse(`${local}:00Z`);
}

/**
 * The offset in force at a local wall time. Two passes settle it: the offset
 * at the wall time read as UTC, then at the instant that offset gives.
 */
export function offsetAtLocal(zone: string, local: string): number {
  const wall = wallMs(local);
  const first = offsetAtInstant(zone, wall);
  return offsetAtInstant(zone, wall - first * 1000);
}

/** +08:05:43 / -05:00: seconds only when the zone keeps them (local mean time). */
export function offsetText(seconds: number): string {
  const sign = seconds < 0 ? '-' : '+';
  const a = Math.abs(seconds);
  const hh = String(Math.floor(a / 3600)).padStart(2, '0');
  const mm = String(Math.floor((a % 3600) / 60)).padStart(2, '0');
  const ss = a % 60;
  return `${sign}${hh}:${mm}${ss ? `:${String(ss).padStart(2, '0')}` : ''}`;
}

/** '+02:31:19' → seconds; undefined when not an offset. */
export function parseOffset(text: string): number | undefined {
  if (text === 'Z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})(?::?(\d{2}))?$/.exec(text);
  if (!m) return undefined;
  const secs = Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0);
  return m[1] === '-' ? -secs : secs;
}
