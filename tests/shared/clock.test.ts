import { describe, expect, it } from 'vitest';
import { clockParts, transitText } from '../../src-shared/clock/clock-line';
import { documentClock } from '../../src-shared/clock/document-clock';
import { offsetAtLocal, offsetText } from '../../src-shared/clock/offsets';
import { zoneForPlace, zoneForPost } from '../../src-shared/clock/places';
import { parseReceived } from '../../src-shared/clock/received';
import type { DocumentMeta } from '../../src-shared/model/document';

describe('received lines as the three corpus volumes print them', () => {
  // Each line as the importer keeps it (the text inside "[Received …]"), with the document's date.
  const cases: Array<[string, string, ReturnType<typeof parseReceived>]> = [
    ['April 8, 7.45 p.m.', '1917-04-06T12:00', { day: '1917-04-08', time: '19:45', dayAssumed: false }],
    ['April 21, 11.35 a.m.', '1917-04-20T14:00', { day: '1917-04-21', time: '11:35', dayAssumed: false }],
    ['11 p.m.', '1917-04-21T22:00', { day: '1917-04-21', time: '23:00', dayAssumed: true }],
    ['10.11 p.m.', '1918-03-02T18:00', { day: '1918-03-02', time: '22:11', dayAssumed: true }],
    ['January 2, 1919, 12.52 p.m.', '1918-12-30T17:00', { day: '1919-01-02', time: '12:52', dayAssumed: false }],
    ['December 6—1:45 p.m.', '1936-12-05T19:00', { day: '1936-12-06', time: '13:45', dayAssumed: false }],
    ['March 10—9:40 a.m.', '1936-03-10T12:00', { day: '1936-03-10', time: '09:40', dayAssumed: false }],
    ['June 7—6:30 p.m.Telegram in two sections', '1936-06-07T20:00', { day: '1936-06-07', time: '18:30', dayAssumed: false }],
    ['1:50 p.m.', '1936-05-02T18:00', { day: '1936-05-02', time: '13:50', dayAssumed: true }],
    ['April 30, 6.30 a.m..', '1918-04-29T19:00', { day: '1918-04-30', time: '06:30', dayAssumed: false }],
    // A telegram received in sections: the first receipt.
    ['July 24, 9.35 p.m.; July 26, 4.30 a.m.', '1917-07-24T13:00', { day: '1917-07-24', time: '21:35', dayAssumed: false }],
    ['6 p.m., September 1, 1894', '1894-08-31', { day: '1894-09-01', time: '18:00', dayAssumed: false }],
    // Sent in December, received in January: the next year.
    ['January 3, 2 p.m.', '1917-12-31T22:00', { day: '1918-01-03', time: '14:00', dayAssumed: false }],
    ['March 7', '1936-02-26', { day: '1936-03-07', dayAssumed: false }],
    ['April 4, 1894', '1894-03-08', { day: '1894-04-04', dayAssumed: false }],
    ['March 26—noon', '1936-03-26T10:00', { day: '1936-03-26', time: '12:00', dayAssumed: false }],
    ['midnight', '1918-05-12T09:00', { day: '1918-05-13', time: '00:00', dayAssumed: true }],
  ];
  it.each(cases)('%s (sent %s)', (line, sent, expected) => {
    expect(parseReceived(line, sent.slice(0, 10))).toEqual(expected);
  });
});

describe('historical offsets from the ICU data', () => {
  it('gives each place the offset in force on the day', () => {
    const at = (zone: string, local: string) => offsetText(offsetAtLocal(zone, local));
    expect(at('Asia/Shanghai', '1918-06-02T19:00')).toBe('+08:00');
    // Moscow kept its mean time (+2:31:19) until 1919, and in the summer of 1918 a double summer time.
    expect(at('Europe/Moscow', '1918-04-06T12:00')).toBe('+02:31:19');
    expect(at('Europe/Moscow', '1918-07-06T12:00')).toBe('+04:31:19');
    expect(at('America/New_York', '1917-04-06T12:00')).toBe('-05:00');
    // The United States' first summer time, from 31 March 1918.
    expect(at('America/New_York', '1918-06-03T10:20')).toBe('-04:00');
    expect(at('America/Managua', '1894-02-09T12:00')).toBe('-05:45:12');
    expect(at('Asia/Vladivostok', '1918-08-01T12:00')).toBe('+08:47:31');
    expect(at('Africa/Addis_Ababa', '1936-03-01T12:00')).toBe('+02:30');
  });

  it('finds the zone of a dateline place and of a recipient’s post', () => {
    expect(zoneForPlace('Peking')?.zone).toBe('Asia/Shanghai');
    expect(zoneForPlace('Legation of the United States, Managua, Nicaragua')).toEqual({ matched: 'Managua', zone: 'America/Managua' });
    expect(zoneForPlace('Addis Ababa')?.zone).toBe('Africa/Addis_Ababa');
    expect(zoneForPlace('In the River Escondido, At—')).toBeUndefined();
    expect(zoneForPost('Ambassador in Japan')?.zone).toBe('Asia/Tokyo');
    expect(zoneForPost('Consul at Vladivostok')?.zone).toBe('Asia/Vladivostok');
  });
});

const meta = (over: Partial<DocumentMeta>): DocumentMeta => ({ title: { value: 'T', provenance: { kind: 'stated' } }, ...over });
const stated = <T>(value: T) => ({ value, provenance: { kind: 'stated' as const, where: 'dateline' } });

describe('sending and receipt on one clock', () => {
  it('puts a Peking telegram and its receipt in Washington on UTC, with the transit', () => {
    const clock = documentClock(
      meta({ date: stated({ start: '1918-06-02T19:00' }), place: stated('Peking'), received: stated('June 3, 10.20 a.m.'), to: stated([{ role: 'Secretary of State' }]) }),
    );
    expect(clock.sent?.iso).toBe('1918-06-02T19:00+08:00');
    expect(clock.received?.iso).toBe('1918-06-03T10:20-04:00');
    expect(clock.transitMinutes).toBe(27 * 60 + 20);
    expect(clockParts(clock)).toEqual([
      'Sent Peking, 2 June 1918, 19:00 (11:00 UTC)',
      'Received Washington, 3 June 1918, 10:20 (14:20 UTC)',
      'in transit 27 h 20 min',
    ]);
    expect(clock.sent?.provenance).toBe('time zone inferred from the dateline place Peking: Asia/Shanghai, UTC+08:00 in 1918');
    expect(clock.received?.stated).toBe(false);
  });

  it('reads an undated receipt earlier in the day than the sending as the next morning, and says so', () => {
    const clock = documentClock(
      meta({ date: stated({ start: '1918-04-21T22:00' }), place: stated('Petrograd'), received: stated('9.30 a.m.'), to: stated([{ role: 'Secretary of State' }]) }),
    );
    expect(clock.received?.local).toBe('1918-04-22T09:30');
    expect(clock.received?.provenance).toMatch(/day after sending/);
    // 19:28:41 UTC (Moscow mean time +2:31:19) to 13:30 UTC (Washington's summer time, -4:00).
    expect(clock.transitMinutes).toBe(18 * 60 + 1);
  });

  it('takes the offset the editors state over the place, and says it is stated', () => {
    const clock = documentClock(meta({ date: stated({ start: '1956-11-05T18:00' }), place: stated('Paris'), sentAt: stated('1956-11-05T18:00:00+01:00') }));
    expect(clock.sent).toMatchObject({ iso: '1956-11-05T18:00+01:00', stated: true });
    expect(clock.sent?.provenance).toBe('offset UTC+01:00 stated in the source (dateline)');
  });

  it('puts nothing on the clock without an hour, or without a known place', () => {
    expect(documentClock(meta({ date: stated({ start: '1894-02-09' }), place: stated('Managua') }))).toEqual({});
    expect(documentClock(meta({ date: stated({ start: '1894-02-09T12:00' }), place: stated('In the River Escondido') }))).toEqual({});
  });

  it('writes transit times as a reader counts them', () => {
    expect(transitText(45)).toBe('45 min');
    expect(transitText(28 * 60 + 15)).toBe('28 h 15 min');
    expect(transitText(120)).toBe('2 h');
    expect(transitText(3 * 1440 + 4 * 60 + 5)).toBe('3 d 4 h 5 min');
    expect(transitText(2 * 1440 + 17)).toBe('2 d 17 min');
    expect(transitText(0)).toBe('0 min');
  });
});
