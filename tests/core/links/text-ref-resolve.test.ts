import { describe, expect, it } from 'vitest';
import type { Candidate, CandidateLookup } from '../../../src-main/core/links/candidate-lookup';
import type { CitingDoc } from '../../../src-main/core/links/text-ref-direction';
import { resolveTextRef } from '../../../src-main/core/links/text-ref-resolve';
import { detectTextRefs, type TextRef } from '../../../src-shared/text-refs/ref-detect';

const SECRETARY = { role: 'Secretary of State' };
const FRANCIS = { role: 'Ambassador in Russia', name: 'Francis' };
const PAGE = { role: 'Ambassador in Great Britain', name: 'Page' };
const SHARP = { role: 'Ambassador in France', name: 'Sharp' };

let nextId = 100;
function cand(over: Partial<Candidate> & Pick<Candidate, 'date' | 'from' | 'to'>): Candidate {
  return { id: nextId++, title: 'x', kind: 'telegram', serials: [], place: null, collectionId: 'vol', ...over };
}

/** The lookup as the SQLite one answers, over a list. */
function lookup(cands: readonly Candidate[]): CandidateLookup {
  return {
    bySerial: (serial, from, to) => cands.filter((c) => c.serials.includes(serial) && c.date.slice(0, 10) >= from && c.date.slice(0, 10) <= to),
    onDay: (day) => cands.filter((c) => c.date.startsWith(day)),
  };
}

/** The telegram of 1917-05-15, 8 p.m., from Francis to the Secretary: “1291. Your 1359.” */
const citing: CitingDoc = { id: 1, date: '1917-05-15T20:00', from: [FRANCIS], to: [SECRETARY], place: 'Petrograd', collectionId: 'vol' };

function ref(text: string): TextRef {
  const r = detectTextRefs(text)[0];
  if (!r) throw new Error(`no reference in ${text}`);
  return r;
}

describe('resolving a number', () => {
  const target = cand({ date: '1917-05-12T17:00', serials: ['1359'], from: [SECRETARY], to: [FRANCIS] });

  it('resolves “Your 1359” to the Secretary’s telegram 1359 to this ambassador, and says why', () => {
    const r = resolveTextRef(ref('Your 1359.'), citing, lookup([target]));
    expect(r.status).toBe('resolved');
    expect(r.targets.map((c) => c.id)).toEqual([target.id]);
    expect(r.why).toContain('telegram 1359 from Secretary of State to Ambassador in Russia (Francis), 1917-05-12');
    expect(r.why).toContain('the only');
  });

  it('ignores the same number from another post', () => {
    const london = cand({ date: '1917-05-10', serials: ['1359'], from: [PAGE], to: [SECRETARY] });
    const r = resolveTextRef(ref('Your 1359.'), citing, lookup([london, target]));
    expect(r.targets.map((c) => c.id)).toEqual([target.id]);
    const mine = resolveTextRef(ref('my 1359'), citing, lookup([london, target]));
    expect(mine.status).toBe('not-found');
  });

  it('never cites a later document with the same number', () => {
    const later = cand({ date: '1917-05-20', serials: ['1360'], from: [SECRETARY], to: [FRANCIS] });
    const r = resolveTextRef(ref('Your 1360.'), citing, lookup([later]));
    expect(r.status).toBe('not-found');
    expect(r.why).toContain('on or before 1917-05-15');
  });

  it('the same day counts, unless the cited one was sent after the citing one', () => {
    const sameDayEarlier = cand({ date: '1917-05-15T10:00', serials: ['1361'], from: [SECRETARY], to: [FRANCIS] });
    const sameDayLater = cand({ date: '1917-05-15T23:00', serials: ['1362'], from: [SECRETARY], to: [FRANCIS] });
    const l = lookup([sameDayEarlier, sameDayLater]);
    expect(resolveTextRef(ref('Your 1361.'), citing, l).status).toBe('resolved');
    expect(resolveTextRef(ref('Your 1362.'), citing, l).status).toBe('not-found');
  });

  it('two earlier documents with the number and nothing to choose between them: ambiguous, best first, none chosen', () => {
    const lastYear = cand({ date: '1916-11-02', serials: ['1359'], from: [SECRETARY], to: [FRANCIS] });
    const r = resolveTextRef(ref('Your 1359.'), citing, lookup([lastYear, target]));
    expect(r.status).toBe('ambiguous');
    expect(r.targets.map((c) => c.id)).toEqual([target.id, lastYear.id]);
  });

  it('a date in the reference picks the one of that day', () => {
    const lastYear = cand({ date: '1916-11-02', serials: ['1359'], from: [SECRETARY], to: [FRANCIS] });
    const r = resolveTextRef(ref('Your 1359, May 12, 5 p.m.'), citing, lookup([lastYear, target]));
    expect(r.status).toBe('resolved');
    expect(r.targets[0]?.id).toBe(target.id);
  });

  it('a document citing its own number is not its own target', () => {
    const self = cand({ id: citing.id, date: '1917-05-15T20:00', serials: ['1291'], from: [FRANCIS], to: [SECRETARY] });
    const r = resolveTextRef(ref('my 1291'), citing, lookup([self]));
    expect(r.status).toBe('not-found');
    expect(r.why).toContain('only this document itself fits');
  });

  it('a telegram is not a despatch of the same number', () => {
    const despatch = cand({ date: '1917-04-01', kind: 'despatch', serials: ['661'], from: [FRANCIS], to: [SECRETARY] });
    expect(resolveTextRef(ref('my telegram 661'), citing, lookup([despatch])).status).toBe('not-found');
    expect(resolveTextRef(ref('my despatch No. 661'), citing, lookup([despatch])).status).toBe('resolved');
  });
});

describe('resolving a date', () => {
  it('same date from the other direction is not “my”', () => {
    const theirs = cand({ date: '1917-05-10T19:00', from: [SECRETARY], to: [FRANCIS] });
    const mine = cand({ date: '1917-05-10T19:00', from: [FRANCIS], to: [SECRETARY] });
    const r = resolveTextRef(ref('my May 10, 7 p.m.'), citing, lookup([theirs, mine]));
    expect(r.status).toBe('resolved');
    expect(r.targets.map((c) => c.id)).toEqual([mine.id]);
    const y = resolveTextRef(ref('your May 10, 7 p.m.'), citing, lookup([theirs, mine]));
    expect(y.targets.map((c) => c.id)).toEqual([theirs.id]);
  });

  it('a telegram cited by day alone is offered, not chosen', () => {
    const t = cand({ date: '1917-05-10T19:00', from: [SECRETARY], to: [FRANCIS] });
    const r = resolveTextRef(ref('your telegram of May 10'), citing, lookup([t]));
    expect(r.status).toBe('ambiguous');
    expect(r.targets.map((c) => c.id)).toEqual([t.id]);
  });

  it('“your” telegram that went to another post is offered, not chosen', () => {
    const toParis = cand({ date: '1917-05-10T19:00', from: [SECRETARY], to: [SHARP] });
    const r = resolveTextRef(ref('your May 10, 7 p.m.'), citing, lookup([toParis]));
    expect(r.status).toBe('ambiguous');
    expect(r.why).toContain('another correspondent');
  });

  it('a day without a year is the latest such day before the citing document', () => {
    const dec = cand({ date: '1916-12-02T22:00', from: [SECRETARY], to: [FRANCIS] });
    const r = resolveTextRef(ref('your December 2, 10 p.m.'), citing, lookup([dec]));
    expect(r.status).toBe('resolved');
  });
});

describe('what cannot be told', () => {
  it('an undated citing document resolves nothing', () => {
    const t = cand({ date: '1917-05-12', serials: ['1359'], from: [SECRETARY], to: [FRANCIS] });
    const r = resolveTextRef(ref('Your 1359.'), { ...citing, date: '1917' }, lookup([t]));
    expect(r.status).toBe('not-found');
    expect(r.why).toContain('not dated to the day');
  });

  it('without parties, “my 1359” cannot be told; a number and a full date still can', () => {
    const t = cand({ date: '1917-05-12T17:00', serials: ['1359'], from: [SECRETARY], to: [FRANCIS] });
    const bare = { ...citing, from: [], to: [] };
    expect(resolveTextRef(ref('my 1359'), bare, lookup([t])).status).toBe('not-found');
    expect(resolveTextRef(ref('telegram No. 1359 of May 12, 5 p.m.'), bare, lookup([t])).status).toBe('resolved');
  });

  it('Urtel without number or date is not found, and says so', () => {
    const r = resolveTextRef(ref('Urtel.'), citing, lookup([]));
    expect(r.status).toBe('not-found');
    expect(r.why).toContain('neither a number nor a date');
  });
});
