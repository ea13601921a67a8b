import { describe, expect, it } from 'vitest';
import type { ImportedDocument } from '../../../src-shared/model/document';
import { bodyText } from '../../../src-shared/text/plain-text';
import { pageMarkers } from '../../../src-shared/text/references';
import { frusTextImporter, looksLikeFrus } from '../../../src-main/core/importers/frus-text';
import { dateFromFileNumber, parseMarkings } from '../../../src-main/core/importers/frus-header';
import { anchors, docFromText, importSeed, readText } from './helpers';

const SEED_000 = await importSeed('000_');
const SEED_002 = await importSeed('002_');

function parse(text: string, name = 'fixture.txt'): Promise<{ doc: ImportedDocument; issues: string[] }> {
  return readText(frusTextImporter, name, text);
}

describe('FRUS seed 000 (Caffery, 851.00/12–347)', () => {
  const doc = SEED_000;
  const { meta, body } = doc;

  it('is imported as FRUS text under a file key', () => {
    expect(doc.format).toBe('frus-text');
    expect(doc.key).toBe('file:000_8ab097fc53f10806.txt');
  });

  it('has the heading as title', () => {
    expect(meta.title).toEqual({
      value: 'The Ambassador in France (Caffery) to the Secretary of State',
      provenance: { kind: 'stated', where: 'heading' },
    });
  });

  it('has sender and recipient from the heading', () => {
    expect(meta.from?.value).toEqual([{ role: 'The Ambassador in France', name: 'Caffery' }]);
    expect(meta.to?.value).toEqual([{ role: 'Secretary of State' }]);
    expect(meta.from?.provenance).toEqual({ kind: 'stated', where: 'heading' });
  });

  it('infers the date from the decimal file number', () => {
    expect(meta.date).toEqual({
      value: { start: '1947-12-03' },
      provenance: { kind: 'inferred', from: 'State Department decimal file number 851.00/12–347' },
    });
  });

  it('reads kind, file number, classification, precedence and telegram number', () => {
    expect(meta.kind?.value).toBe('telegram');
    expect(meta.fileNumber?.value).toBe('851.00/12–347');
    expect(meta.classification?.value).toBe('top secret');
    expect(meta.precedence?.value).toBe('urgent');
    expect(meta.docNumber?.value).toBe('5186');
  });

  it('keeps the telegram number in the body as printed', () => {
    expect(bodyText(body).startsWith('5186. A high official of the Interior Ministry')).toBe(true);
  });

  it('turns [Page 811] into a page marker, not text', () => {
    expect(pageMarkers(body.blocks)).toEqual(['811']);
    const text = bodyText(body);
    expect(text).not.toContain('[Page');
    expect(text).toContain('not excluding “in extremis” the possibility');
  });

  it('has one footnote, anchored after "November 30"', () => {
    expect(body.footnotes).toEqual([{ id: 'fn1', label: '1', runs: [{ t: 'text', text: 'Not printed.' }] }]);
    const [a, ...rest] = anchors(body.blocks);
    expect(rest).toEqual([]);
    expect(a?.id).toBe('fn1');
    expect(a?.before.endsWith('shock troops (my 5132, November 30')).toBe(true);
    expect(a?.after.startsWith(') are being shuttled')).toBe(true);
    const text = bodyText(body);
    expect(text).toContain('(my 5132, November 30) are');
    expect(text).not.toContain('November 301');
  });

  it('marks the signature and keeps the distribution line a normal paragraph', () => {
    const last = body.blocks[body.blocks.length - 1];
    expect(last).toEqual({ t: 'paragraph', role: 'signature', runs: [{ t: 'text', text: 'Caffery' }] });
    expect(meta.signature?.value).toBe('Caffery');
    const sent = body.blocks[body.blocks.length - 2];
    expect(sent).toEqual({
      t: 'paragraph',
      runs: [{ t: 'text', text: 'Sent Department, repeated London for Secdel 909, Moscow 546, Rome 291.' }],
    });
  });

  it('does not put header lines in the body', () => {
    const paragraphs = bodyText(body).split('\n\n');
    expect(paragraphs).toHaveLength(9);
    expect(paragraphs[0]?.startsWith('5186.')).toBe(true);
    for (const header of ['851.00/12–347: Telegram', 'top secret', 'us urgent', meta.title.value]) {
      expect(bodyText(body)).not.toContain(header);
    }
  });
});

describe('FRUS seed 002 (Leahy, 751.61/335)', () => {
  const { meta, body } = SEED_002;

  it('has title and parties', () => {
    expect(meta.title.value).toBe('The Ambassador in France (Leahy) to the Secretary of State');
    expect(meta.from?.value).toEqual([{ role: 'The Ambassador in France', name: 'Leahy' }]);
    expect(meta.to?.value).toEqual([{ role: 'Secretary of State' }]);
  });

  it('infers the year from the date in footnote 3 (the file number has no date)', () => {
    expect(meta.date).toEqual({
      value: { start: '1941' },
      provenance: { kind: 'inferred', from: 'the date “July 16, 1941” in footnote 3' },
    });
  });

  it('reads kind, file number, telegram number and page', () => {
    expect(meta.kind?.value).toBe('telegram');
    expect(meta.fileNumber?.value).toBe('751.61/335');
    expect(meta.docNumber?.value).toBe('778');
    expect(meta.classification).toBeUndefined();
    expect(meta.precedence).toBeUndefined();
    expect(pageMarkers(body.blocks)).toEqual(['179']);
    expect(bodyText(body)).toContain('suspected Communists are being rounded up');
    expect(meta.signature?.value).toBe('Leahy');
  });

  it('has three footnotes', () => {
    expect(body.footnotes.map((n) => [n.id, n.label])).toEqual([['fn1', '1'], ['fn2', '2'], ['fn3', '3']]);
    expect(body.footnotes[1]?.runs).toEqual([
      { t: 'text', text: 'Charles Antoine Rochat, Secretary General of the French Foreign Office.' },
    ]);
  });

  it('maps the printed markers 49, 50, 51 to notes 1–3 in order', () => {
    const found = anchors(body.blocks);
    expect(found.map((a) => a.id)).toEqual(['fn1', 'fn2', 'fn3']);
    expect(found[0]?.before.endsWith('and 777, June 30, 1 [8] p.m.')).toBe(true);
    expect(found[1]?.before).toBe(' In giving the French side of the picture Rochat');
    expect(found[2]?.before.endsWith('until Bergery and his staff leave Russia.')).toBe(true);
    const text = bodyText(body);
    for (const glued of ['p.m.49', 'Rochat50', 'Russia.51']) expect(text).not.toContain(glued);
    expect(text).toContain('1 [8] p.m. In giving');
  });
});

describe('FRUS genre variants', () => {
  it('reads a despatch from the Secretary of State with a "No. 123" opening', async () => {
    const { doc, issues } = await parse(
      [
        '711.00/123: Despatch', '',
        'The Secretary of State to the Minister in Nicaragua (Baker)', 'secret', '',
        'No. 123', '',
        'Sir: I refer to the agreement of May 5, 1922, and to the so-called “good neighbor”1 policy.', '',
        'Hull',
        '  1. See the address of March 4, 1933.',
      ].join('\n'),
    );
    const { meta, body } = doc;
    expect(issues).toEqual([]);
    expect(meta.kind?.value).toBe('despatch');
    expect(meta.from?.value).toEqual([{ role: 'The Secretary of State' }]);
    expect(meta.to?.value).toEqual([{ role: 'Minister in Nicaragua', name: 'Baker' }]);
    expect(meta.classification?.value).toBe('secret');
    expect(meta.docNumber?.value).toBe('123');
    expect(bodyText(body).startsWith('No. 123\n\nSir:')).toBe(true);
    expect(anchors(body.blocks)[0]?.before).toBe('Sir: I refer to the agreement of May 5, 1922, and to the so-called “good neighbor”');
    // The body's latest full date gives the year.
    expect(meta.date).toEqual({
      value: { start: '1922' },
      provenance: { kind: 'inferred', from: 'the date “May 5, 1922” in paragraph 2 of the text' },
    });
  });

  it('reads a stated dateline and received line', async () => {
    const { meta, body } = (await parse(
      '851.00/12–347: Telegram\n\nThe Ambassador in France (Caffery) to the Secretary of State\n\n' +
        'Paris, December 3, 1947—7 p.m.\n[Received December 3—3:47 p.m.]\nsecret   us urgent   niact\n\n' +
        '5186. Text.\n\nCaffery',
    )).doc;
    expect(meta.date).toEqual({ value: { start: '1947-12-03T19:00' }, provenance: { kind: 'stated', where: 'dateline' } });
    expect(meta.place?.value).toBe('Paris');
    expect(meta.received?.value).toBe('1947-12-03T15:47');
    expect(meta.classification?.value).toBe('secret');
    expect(meta.precedence?.value).toBe('urgent niact');
    expect(body.blocks[0]).toEqual({ t: 'paragraph', role: 'dateline', runs: [{ t: 'text', text: 'Paris, December 3, 1947—7 p.m.' }] });
  });

  it('reads memorandum headings and enclosures', async () => {
    const { meta } = (await parse(
      '[Enclosure]\n\nMemorandum of Conversation, by the Under Secretary of State (Lovett)\n\ntop secret\n\n' +
        '[Washington,] December 3, 1947.\n\nThe Ambassador called.',
    )).doc;
    expect(meta.kind?.value).toBe('memorandum');
    expect(meta.from?.value).toEqual([{ role: 'Under Secretary of State', name: 'Lovett' }]);
    expect(meta.to).toBeUndefined();
    expect(meta.place).toEqual({ value: 'Washington', provenance: { kind: 'inferred', from: 'the editors’ bracketed place in the dateline' } });
    expect(meta.date?.value).toEqual({ start: '1947-12-03' });
    const memo = (await parse('Memorandum by the Secretary of State to President Truman\n\nText.')).doc.meta;
    expect(memo.from?.value).toEqual([{ role: 'Secretary of State' }]);
    expect(memo.to?.value).toEqual([{ role: 'President Truman' }]);
  });

  it('prefers the split after the parenthesised name when offices contain "to"', async () => {
    const { meta } = (await parse('The Representative to the United Nations (Austin) to the Secretary of State\n\nText.')).doc;
    expect(meta.from?.value).toEqual([{ role: 'The Representative to the United Nations', name: 'Austin' }]);
    expect(meta.to?.value).toEqual([{ role: 'Secretary of State' }]);
  });

  it('finds markers glued to a year, and skips codes such as MIG15', async () => {
    const { body } = (await parse(
      'The Ambassador in France (Caffery) to the Secretary of State\n\n' +
        'On December 3, 19471 the MIG15 flew; Smith2 said so.\n\nCaffery\n  1. Ibid.\n  2. John Smith.',
    )).doc;
    expect(anchors(body.blocks).map((a) => a.before)).toEqual(['On December 3, 1947', ' the MIG15 flew; Smith']);
  });

  it('prefers markers equal to the labels over an offset run', async () => {
    const { body } = (await parse('The A (B) to the C\n\nWord7 and word1 here.\n\nB\n  1. Note.')).doc;
    expect(anchors(body.blocks)[0]?.before).toBe('Word7 and word');
  });

  it('reports a footnote whose marker cannot be found', async () => {
    const { doc, issues } = await parse('The A (B) to the C\n\nNo marker here.\n\nB\n  1. Lost note.');
    expect(doc.body.footnotes).toHaveLength(1);
    expect(anchors(doc.body.blocks)).toEqual([]);
    expect(issues).toEqual(['footnote 1 has no marker in the text; it is kept without an anchor']);
  });

  it('keeps numbered body paragraphs (not indented) out of the footnotes', async () => {
    const { body } = (await parse('The A (B) to the C\n\n1. First point.\n\n2. Second point.\n\nB')).doc;
    expect(body.footnotes).toEqual([]);
    expect(bodyText(body)).toBe('1. First point.\n\n2. Second point.\n\nB');
  });

  it('turns a page marker on its own line into a page block', async () => {
    const { body } = (await parse('The A (B) to the C\n\nOne.\n\n[Page 12]\n\nTwo.')).doc;
    expect(body.blocks[1]).toEqual({ t: 'page', n: '12' });
  });

  it('decodes dates from decimal file numbers', () => {
    expect(dateFromFileNumber('840.50 Recovery/1–2048')).toBe('1948-01-20');
    expect(dateFromFileNumber('711.00/11-2547')).toBe('1947-11-25');
    expect(dateFromFileNumber('711.00/2‑2948')).toBe('1948-02-29');
    expect(dateFromFileNumber('711.00/2–2947')).toBeUndefined(); // no 29 February 1947
    expect(dateFromFileNumber('751.61/335')).toBeUndefined();
  });

  it('reads classification and precedence lines', () => {
    expect(parseMarkings('personal and confidential')).toEqual({ classification: 'personal and confidential' });
    expect(parseMarkings('Strictly Confidential')).toEqual({ classification: 'strictly confidential' });
    expect(parseMarkings('triple priority')).toEqual({ precedence: 'triple priority' });
    expect(parseMarkings('Secretly yours')).toBeNull();
  });

  it('sniffs the genre', () => {
    expect(looksLikeFrus('851.00/12–347: Telegram\n\nText')).toBe(true);
    expect(looksLikeFrus('Some text [Page 12] more')).toBe(true);
    expect(looksLikeFrus('The Secretary of State to the Minister in Nicaragua (Baker)\n\nText')).toBe(true);
    expect(looksLikeFrus('Shopping list\n\nEggs (six) to buy.')).toBe(false);
  });

  it('is chosen by the registry for a FRUS .txt', async () => {
    expect((await docFromText('x.txt', 'The A (B) to the C\n\nText.')).format).toBe('frus-text');
  });
});
