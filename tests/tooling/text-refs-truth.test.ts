import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FoundLink } from '../../src-main/core/links/found-link';
import { linkAt, phraseEnd, scoreTruth } from '../bench/text-refs-score';
import { classifyNote, extractTruth, isReferencePhrase, redirects, withoutNotes } from '../bench/text-refs-truth';
import { REPO } from '../helpers/temp-dir';

/** Two documents on pages 5–6 and 7, the second citing the first (“Ante”) and an unprinted one. */
const VOLUME = `<TEI><text><body>
<pb n="5" xml:id="pg_5"/>
<div type="document" xml:id="d1" n="1"><head>The Secretary of State to the Ambassador in Russia</head>
<p>1359. Instructions follow.</p><pb n="6" xml:id="pg_6"/><p>More.</p></div>
<pb n="7" xml:id="pg_7"/>
<div type="document" xml:id="d2" n="2"><head>The Ambassador in Russia to the Secretary of State</head>
<p>1291. Your 1359.<note n="2" xml:id="d2fn2"><hi rend="italic">Ante</hi>, <ref target="#pg_5">p. 5</ref>.</note> Foreign
Office advises. Your 5860<note n="3" xml:id="d2fn3">Not printed.</note> is noted.
Sent 1,000 tons.<note n="4" xml:id="d2fn4">Not printed.</note> See the
Convention of 1907.<note n="5" xml:id="d2fn5">Foreign Relations, 1907, pt. 1, p. 9.</note></p></div>
</body></text></TEI>`;

describe('the truth from the editors’ footnotes', () => {
  it('keeps reference phrases followed by a positional or “Not printed” footnote, with the pages of each document', () => {
    const t = extractTruth(VOLUME, 'vol');
    expect(t.refs.map((r) => [r.doc, r.note, r.positive, r.pages])).toEqual([
      ['d2', 'd2fn2', true, ['5']],
      ['d2', 'd2fn3', false, []],
    ]);
    expect(t.refs[0]?.before).toBe('1291. Your 1359.');
    expect([...(t.pageDocs.get('5') ?? [])]).toEqual(['d1']);
    expect([...(t.pageDocs.get('6') ?? [])]).toEqual(['d1']);
    expect([...(t.pageDocs.get('7') ?? [])]).toEqual(['d2']);
  });

  it('classifies footnotes: same volume positive, another volume or Not printed negative, others none', () => {
    expect(classifyNote('Ante, p. 5.', 'iii')).toEqual({ positive: true, pages: ['5'] });
    expect(classifyNote('Ante, pp. 67 and 70.', 'iii')).toEqual({ positive: true, pages: ['67', '70'] });
    expect(classifyNote('See p. 431.', 'iii')).toEqual({ positive: true, pages: ['431'] });
    expect(classifyNote('Dated Oct. 5, ante, p. 23.', 'iii')).toEqual({ positive: true, pages: ['23'] });
    expect(classifyNote('Not printed.', 'iii')).toEqual({ positive: false, pages: [] });
    expect(classifyNote('Latter not printed.', 'iii')).toEqual({ positive: false, pages: [] });
    expect(classifyNote('Foreign Relations, 1924, vol. ii, p. 64.', 'iii')).toEqual({ positive: false, pages: [] });
    expect(classifyNote('Cf. vol. i, p. 135.', 'iii')).toEqual({ positive: false, pages: [] });
    expect(classifyNote('See vol. iii, p. 12.', 'iii')).toEqual({ positive: true, pages: ['12'] });
    expect(classifyNote('See footnote 56, p. 301.', 'iii')).toBeNull();
    expect(classifyNote('Mohamed Amine, Egyptian Minister.', 'iii')).toBeNull();
  });

  it('a phrase must read as a reference; a footnote naming another numbered document is no truth for it', () => {
    expect(isReferencePhrase('256. Department considering your 364, August 13, 8 p.m.')).toBe(true);
    expect(isReferencePhrase('Sent 1,000 tons.')).toBe(false);
    expect(redirects('See telegram No. 95, July 27, 10 p.m., to the Chargé, p. 301.', 'background to my 489, July 25th')).toBe(true);
    expect(redirects('See telegram No. 10082 from Ambassador Page, ante, p. 177.', '10298. My 10082, May 16, 2 p.m.,')).toBe(false);
  });

  it('removes only the truth footnotes from the copy', () => {
    const copy = withoutNotes(VOLUME, new Set(['d2fn2', 'd2fn3']));
    expect(copy).not.toContain('d2fn2');
    expect(copy).not.toContain('d2fn3');
    expect(copy).toContain('d2fn4');
    expect(copy).toContain('1291. Your 1359. Foreign');
  });

  it('finds the phrase in the walker’s text whatever its spacing, and the link ending there', () => {
    const text = 'File No. 1\n\n1291. Your 1359. Foreign\nOffice advises.';
    const end = phraseEnd(text, '1291. Your 1359.');
    expect(text.slice(0, end ?? 0)).toBe('File No. 1\n\n1291. Your 1359.');
    const link = (start: number, stop: number): FoundLink => ({ start, end: stop, text: '', basis: 'text', inFootnote: false, status: 'resolved', targets: [{ id: 1 }], why: '' });
    expect(linkAt([link(18, 27)], end ?? 0)?.start).toBe(18);
    expect(linkAt([link(0, 5)], end ?? 0)).toBeNull();
  });

  it('scores detection, accuracy and false links', () => {
    const t = extractTruth(VOLUME, 'vol');
    const text = '1359. Instructions follow.';
    const cites = '1291. Your 1359. Foreign Office advises. Your 5860 is noted.';
    const docs = [{ id: 10, sourceId: 'd1', collectionId: 'vol', text }, { id: 11, sourceId: 'd2', collectionId: 'vol', text: cites }];
    const found = (start: number, stop: number, ids: number[]): FoundLink => ({ start, end: stop, text: cites.slice(start, stop), basis: 'text', inFootnote: false, status: ids.length ? 'resolved' : 'not-found', targets: ids.map((id) => ({ id })), why: '' });
    const good = scoreTruth(t.refs, docs, new Map([[11, [found(6, 15, [10]), found(41, 50, [])]]]), new Map([['vol', t.pageDocs]]));
    expect(good).toMatchObject({ positives: 1, negatives: 1, detected: 2, correct: 1, falseLinks: 0 });
    const bad = scoreTruth(t.refs, docs, new Map([[11, [found(41, 50, [10])]]]), new Map([['vol', t.pageDocs]]));
    expect(bad).toMatchObject({ detected: 1, correct: 0, falseLinks: 1, falseResolved: 1 });
  });

  it('over the three corpus volumes: about 50 positives and 160–180 negatives, as the issue counts', () => {
    let positives = 0;
    let negatives = 0;
    for (const v of ['frus1894Nicaragua', 'frus1918Russiav03', 'frus1936v03']) {
      const t = extractTruth(readFileSync(join(REPO, 'tests/fixtures/corpus', `${v}.xml`), 'utf8'), v);
      positives += t.refs.filter((r) => r.positive).length;
      negatives += t.refs.filter((r) => !r.positive).length;
    }
    expect(positives).toBe(47);
    expect(negatives).toBe(178);
  });
});
