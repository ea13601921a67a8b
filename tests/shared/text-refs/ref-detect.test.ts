import { describe, expect, it } from 'vitest';
import { detectTextRefs, type TextRef } from '../../../src-shared/text-refs/ref-detect';

/** The one reference in `text` (fails when there is not exactly one). */
function one(text: string): TextRef {
  const refs = detectTextRefs(text);
  expect(refs.map((r) => r.text)).toHaveLength(1);
  return refs[0] as TextRef;
}

describe('owner + number (phrases from the corpus and the seeds)', () => {
  it.each([
    ['1291. Your 1359. Foreign Office now formally advises', 'Your 1359', 'recipient', '1359'],
    ['troops (my 5132, November 30) are being shuttled', 'my 5132, November 30', 'sender', '5132'],
    ['Referring Department’s 2064, February 14, 4 p.m.', 'Department’s 2064, February 14, 4 p.m.', 'department', '2064'],
    ['Please see Legation’s 23 of yesterday', 'Legation’s 23', 'post', '23'],
    ['Baghdad’s 1868. The Minister', 'Baghdad’s 1868', 'post', '1868'],
    ['Referring to your, No. 592, I have', 'your, No. 592', 'recipient', '592'],
    ['570. Referring to my No. 535.', 'my No. 535', 'sender', '535'],
    ['reported in my number 673, December 21, noon,', 'my number 673, December 21, noon', 'sender', '673'],
  ])('%s', (text, words, owner, number) => {
    const r = one(text);
    expect(r.text).toBe(words);
    expect(text.slice(r.start, r.end)).toBe(words);
    expect(r.owner.by).toBe(owner);
    expect(r.number).toBe(number);
  });

  it('reads the owner of a post by place, office or name', () => {
    expect(one('Baghdad’s 1868.').owner).toEqual({ by: 'post', post: 'Baghdad' });
    expect(one('the London Embassy’s despatch No. 866 of May 15 [5], 1930').owner).toEqual({ by: 'post', post: 'London Embassy' });
    expect(one('Mr. Phillips’ telegram No. 512 of December 7, 7 p.m.').text).toBe('Phillips’ telegram No. 512 of December 7, 7 p.m.');
  });

  it('takes the editors’ bracketed correction as the number and day meant', () => {
    const r = one('705. Pursuant to Department’s 336 [326], October 26, 4 p.m., I');
    expect(r.number).toBe('326');
    expect(one('the Department’s memorandum of October 22 [21]').date).toMatchObject({ month: 10, day: 22, correctedDay: 21 });
  });
});

describe('owner + date', () => {
  it('my November 10, 7 p.m.', () => {
    expect(one('as reported in my November 10, 7 p.m., the').date).toEqual({ month: 11, day: 10, time: '19:00' });
  });
  it('your note of June 29, 1917', () => {
    const r = one('In reply to your note of June 29, 1917, I have');
    expect(r).toMatchObject({ owner: { by: 'recipient' }, kind: 'note', date: { month: 6, day: 29, year: 1917 } });
  });
  it('your excellency’s note of December 20, 1917', () => {
    expect(one('In reply to your excellency’s note of December 20, 1917, I').text).toBe('your excellency’s note of December 20, 1917');
  });
  it('my dispatch of the date of August 28 (1894)', () => {
    expect(one('In my dispatch of the date of August 28, I informed you').kind).toBe('despatch');
  });
  it('12 noon and upper-case P.M.', () => {
    expect(one('the Legation’s telegram No. 30 of April 6, 12 noon').date?.time).toBe('12:00');
    expect(one('the Department’s telegram No. 44 of November 4, 6 P.M., to').date?.time).toBe('18:00');
  });
  it('a year after the time: “November 13, 6 p.m., 1935”', () => {
    expect(one('the Department’s telegram No. 200, November 13, 6 p.m., 1935.').date).toMatchObject({ year: 1935, time: '18:00' });
  });
});

describe('kind + number', () => {
  it.each([
    ['33. My despatch No. 661 of May 28th.', 'despatch', '661'],
    ['clear in the note quoted in telegram 354, October 6, the', 'telegram', '354'],
    ['circular telegram No. 58 of the Department', 'telegram', '58'],
    ['instruction No. 16, dated May 21, 1936', 'instruction', '16'],
    ['the Department’s telegraphic Instruction No. 49, February 24, 3 P.M.,', 'telegram', '49'],
    ['await my air despatch No. 800 of October 15th.', 'despatch', '800'],
  ])('%s', (text, kind, number) => {
    const r = one(text);
    expect(r.kind).toBe(kind);
    expect(r.number).toBe(number);
  });
});

describe('abbreviations', () => {
  it.each([
    ['Deptel 123, March 4', 'department', '123'],
    ['Embtel 1591 gave', 'post', '1591'],
    ['Secto 60 reports', 'post', '60'],
  ])('%s', (text, owner, number) => {
    const r = one(text);
    expect(r.owner.by).toBe(owner);
    expect(r.number).toBe(number);
  });
  it('Urtel and reftel stand alone', () => {
    expect(detectTextRefs('Urtel. As for reftel, no.').map((r) => [r.text, r.owner.by])).toEqual([['Urtel', 'recipient'], ['reftel', 'unknown']]);
  });
});

describe('several references sharing an owner', () => {
  it('Embassy’s telegram 773, June 30, 5 p.m.; and 777, June 30, 1 [8] p.m. (seed 002)', () => {
    const refs = detectTextRefs('778. Embassy’s telegram 773, June 30, 5 p.m.; and 777, June 30, 1 [8] p.m. In giving');
    expect(refs.map((r) => [r.text, r.number, r.kind])).toEqual([
      ['Embassy’s telegram 773, June 30, 5 p.m.', '773', 'telegram'],
      ['777, June 30, 1 [8] p.m.', '777', 'telegram'],
    ]);
  });
  it('telegram Nos. 46 and 49; my 401, …, and 423 …', () => {
    expect(detectTextRefs('set forth in its telegram Nos. 46 and 49.').map((r) => r.number)).toEqual(['46', '49']);
    expect(detectTextRefs('Referring to my 401, September 14, 4 p.m., and 423 September 24, 7 p.m.').map((r) => r.number)).toEqual(['401', '423']);
  });
});

describe('not references', () => {
  it.each([
    '1,000 tons of wheat were shipped',
    'the 1907 convention between Great Britain and Russia',
    'No. 3 of the treaty article is clear',
    'Article 5 of the Convention of 1880',
    'my 5 points were these',
    'your 300 men arrived',
    'the Department’s 1936 budget was cut',
    'as in 1939. (In this connection Interior states that',
    'see note 5 above',
    'Lenin’s May 1 speech',
    'France’s 3 new cruisers',
    'Germany’s 12 divisions',
    'my telegram was delayed',
    'the telegram of the Russian Government',
  ])('%s', (text) => {
    expect(detectTextRefs(text)).toEqual([]);
  });
});

describe('bad input', () => {
  it('finds 500 references in one document, each at its place', () => {
    const parts = Array.from({ length: 500 }, (_, i) => `Referring to my ${i + 1}, January ${(i % 28) + 1}.`);
    const text = parts.join(' ');
    const refs = detectTextRefs(text);
    expect(refs).toHaveLength(500);
    expect(refs[499]?.number).toBe('500');
    for (const r of refs) expect(text.slice(r.start, r.end)).toBe(r.text);
  });
  it('an empty text and text without a digit have none', () => {
    expect(detectTextRefs('')).toEqual([]);
    expect(detectTextRefs('Your telegram. My despatch. Department’s note.')).toEqual([]);
  });
});
