import { createReadStream, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importTei, looksLikeTei, parseTeiOnly } from '../../../src-main/core/importers/tei';
import type { WarningInput } from '../../../src-main/core/importers/warnings';
import type { Block, ImportedDocument } from '../../../src-shared/model/document';
import { bodyText, inlineText } from '../../../src-shared/text/plain-text';
import { pageMarkers } from '../../../src-shared/text/references';

const CORPUS = resolve(import.meta.dirname, '../../fixtures/corpus');

interface Volume {
  docs: Map<string, ImportedDocument>;
  order: string[];
  count: number;
  issues: WarningInput[];
}

/** Streams a real volume from disk in 64 KB chunks, as the app does. */
async function importVolume(file: string): Promise<Volume> {
  const docs = new Map<string, ImportedDocument>();
  const order: string[] = [];
  const chunks = createReadStream(join(CORPUS, file), { highWaterMark: 64 * 1024 });
  const issues: WarningInput[] = [];
  const onDoc = (doc: ImportedDocument): void => {
    // The volume's sections (text outside documents) are checked in tei-coverage.test.ts.
    if (doc.meta.kind?.value === 'section') return;
    const id = doc.placement?.sourceId ?? doc.key;
    docs.set(id, doc);
    order.push(id);
  };
  const result = await importTei({ name: file, chunks }, onDoc, { warn: (w) => issues.push(w) });
  return { docs, order, count: result.docs, issues };
}

function get(volume: Volume, id: string): ImportedDocument {
  const doc = volume.docs.get(id);
  if (doc === undefined) throw new Error(`no document ${id}`);
  return doc;
}

/** The fields checked for every sampled document, all hand-read from the XML. */
function summary(doc: ImportedDocument): Record<string, unknown> {
  const m = doc.meta;
  return {
    title: m.title.value,
    from: m.from?.value,
    to: m.to?.value,
    date: m.date?.value,
    place: m.place?.value,
    number: doc.placement?.number,
    footnotes: doc.body.footnotes.length,
    pages: pageMarkers(doc.body.blocks),
  };
}

function countDocumentDivs(file: string): number {
  return readFileSync(join(CORPUS, file), 'utf8').split('<div type="document"').length - 1;
}

function sections(blocks: readonly Block[]): Extract<Block, { t: 'section' }>[] {
  return blocks.flatMap((b) => (b.t === 'section' ? [b] : []));
}

describe('FRUS 1894, Nicaragua (an 1890s volume: "No. 1." heads, inline persName)', () => {
  const file = 'frus1894Nicaragua.xml';
  let vol: Volume;
  beforeAll(async () => {
    vol = await importVolume(file);
  });

  it('gives one document per document div', () => {
    expect(vol.count).toBe(138);
    expect(vol.count).toBe(countDocumentDivs(file));
    expect(vol.docs.size).toBe(138);
    expect(vol.issues).toEqual([]);
  });

  it('places documents in the volume and its chapter', () => {
    const d1 = get(vol, 'd1');
    expect(d1.key).toBe('tei:frus1894Nicaragua:d1');
    expect(d1.format).toBe('tei');
    expect(d1.placement).toEqual({
      collection: {
        id: 'frus1894Nicaragua',
        title: 'Foreign Relations of the United States, 1894, Nicaragua (Mosquito Territory)',
        series: 'Foreign Relations of the United States, 1894',
        published: '1895',
      },
      chapter: ['Affairs at Bluefields'],
      number: '1',
      sourceId: 'd1',
      startPage: '9',
    });
  });

  it('reads a telegram', () => {
    const d1 = get(vol, 'd1');
    expect(summary(d1)).toEqual({
      title: 'No. 1. Mr. Seat to Mr. Gresham.',
      from: [{ name: 'Seat' }],
      to: [{ name: 'Gresham' }],
      date: { start: '1894-01-25' },
      place: 'Bluefields, Nicaragua',
      number: '1',
      footnotes: 0,
      pages: [],
    });
    expect(d1.meta.kind).toEqual({ value: 'telegram', provenance: { kind: 'stated', where: 'source note' } });
    expect(d1.meta.signature?.value).toBe('Seat, Consular Agent');
    expect(d1.meta.title.provenance).toEqual({ kind: 'stated', where: 'head' });
    expect(d1.meta.date?.provenance).toEqual({ kind: 'stated', where: 'dateline' });
  });

  it('reads a despatch with an enclosure, a footnote linking to another document, and a page break', () => {
    const d2 = get(vol, 'd2');
    expect(summary(d2)).toEqual({
      title: 'No. 2. Mr. Gresham to Mr. Baker.',
      from: [{ name: 'Gresham' }],
      to: [{ name: 'Baker' }],
      date: { start: '1894-02-01' },
      place: 'Department of State, Washington',
      number: '2',
      footnotes: 1,
      pages: ['10'],
    });
    expect(d2.body.footnotes[0]).toEqual({
      id: 'd2fn1',
      label: '1',
      runs: [{ t: 'link', target: 'd1', runs: [{ t: 'text', text: 'No. 1' }] }, { t: 'text', text: '.' }],
    });
    const [enclosure] = sections(d2.body.blocks);
    expect(enclosure?.kind).toBe('attachment');
    expect(inlineText(enclosure?.title ?? [])).toBe('Mr. Herbert to Mr. Gresham.');
    expect(enclosure?.blocks[0]).toEqual({ t: 'paragraph', role: 'sourceNote', runs: [{ t: 'text', text: '[Inclosure in No. 2.]' }] });
    const quote = enclosure?.blocks.find((b) => b.t === 'quote');
    expect(quote?.t === 'quote' && quote.blocks.length).toBe(4);
    // The page break sits between the signature and the enclosure: a block, not text.
    expect(d2.body.blocks.slice(-2)).toEqual([{ t: 'page', n: '10' }, enclosure]);
  });

  it('reads the time of receipt and a postscript inside an enclosure', () => {
    const d3 = get(vol, 'd3');
    expect(summary(d3)).toEqual({
      title: 'No. 3. Mr. Baker to Mr. Gresham.',
      from: [{ name: 'Baker' }],
      to: [{ name: 'Gresham' }],
      date: { start: '1894-02-09' },
      place: 'Legation of the United States, Managua, Nicaragua',
      number: '3',
      footnotes: 0,
      pages: ['11', '12'],
    });
    expect(d3.meta.received?.value).toBe('March 5');
    const postscript = sections(sections(d3.body.blocks)[0]?.blocks ?? [])[0];
    expect(postscript?.kind).toBe('postscript');
    expect(bodyText({ blocks: postscript?.blocks ?? [], footnotes: [] })).toContain('Received January 24, 1894');
  });

  it('reads a long despatch with nine enclosures over eight pages', () => {
    const d12 = get(vol, 'd12');
    expect(summary(d12)).toEqual({
      title: 'No. 12. Mr. Baker to Mr. Gresham.',
      from: [{ name: 'Baker' }],
      to: [{ name: 'Gresham' }],
      date: { start: '1894-03-08' },
      place: 'Legation of the United States, Managua',
      number: '12',
      footnotes: 2,
      pages: ['19', '20', '21', '22', '23', '24', '25', '26'],
    });
    expect(sections(d12.body.blocks)).toHaveLength(9);
  });

  it('keeps the signature a paragraph of its own, with the comma printed after it', () => {
    const closing = get(vol, 'd1').body.blocks.slice(-2);
    expect(closing).toEqual([
      {
        t: 'paragraph',
        role: 'signature',
        runs: [
          { t: 'text', text: 'Seat', marks: ['smallcaps'] },
          { t: 'text', text: ', ' },
          { t: 'text', text: 'Consular Agent', marks: ['italic'] },
          { t: 'text', text: ',' },
        ],
      },
      { t: 'paragraph', role: 'closer', runs: [{ t: 'text', text: '(and fifty citizens of the United States).' }] },
    ]);
  });
});

describe('FRUS 1918, Russia III (a 1930s edition: File No. source notes, gloss offices)', () => {
  const file = 'frus1918Russiav03.xml';
  let vol: Volume;
  beforeAll(async () => {
    vol = await importVolume(file);
  });

  it('gives one document per document div', () => {
    expect(vol.count).toBe(478);
    expect(vol.count).toBe(countDocumentDivs(file));
  });

  it('reads an outgoing telegram: office as sender, name and office as recipient, a time', () => {
    const d1 = get(vol, 'd1');
    expect(summary(d1)).toEqual({
      title: 'The Secretary of State to the Ambassador in Russia (Francis)',
      from: [{ role: 'Secretary of State' }],
      to: [{ name: 'Francis', role: 'Ambassador in Russia' }],
      date: { start: '1917-04-03T18:00' },
      place: 'Washington',
      number: '1',
      footnotes: 0,
      pages: [],
    });
    expect(d1.meta.fileNumber?.value).toBe('861.51/131');
    expect(d1.meta.kind?.value).toBe('telegram');
    expect(d1.meta.docNumber?.value).toBe('1295');
    expect(d1.meta.source?.value).toBe('File No. 861.51/131 [Telegram]');
    expect(d1.placement?.chapter).toHaveLength(3);
    expect(d1.placement?.chapter[1]).toBe('Chapter I. Loans to the Provisional Government—Soviet Financial Decrees');
    // The chapter head's footnote is not part of the heading.
    expect(d1.placement?.chapter[2]).toMatch(/October 12, 1917—Negotiations for further credits$/);
  });

  it('reads an incoming telegram with its time of receipt and a page break inside a paragraph', () => {
    const d2 = get(vol, 'd2');
    expect(summary(d2)).toEqual({
      title: 'The Ambassador in Russia (Francis) to the Secretary of State',
      from: [{ name: 'Francis', role: 'Ambassador in Russia' }],
      to: [{ role: 'Secretary of State' }],
      date: { start: '1917-04-06T12:00' },
      place: 'Petrograd',
      number: '2',
      footnotes: 0,
      pages: ['3'],
    });
    expect(d2.meta.received?.value).toBe('April 8, 7.45 p.m.');
    const para = d2.body.blocks.find((b) => b.t === 'paragraph' && b.runs.some((r) => r.t === 'page'));
    expect(para?.t === 'paragraph' && inlineText(para.runs)).toContain('in my judgment would be absolutely safe');
  });

  it('reads a despatch with a translated enclosure: labelled list, page break and quote inside an item', () => {
    const d49 = get(vol, 'd49');
    expect(summary(d49)).toEqual({
      title: 'The Ambassador in Russia (Francis) to the Secretary of State',
      from: [{ name: 'Francis', role: 'Ambassador in Russia' }],
      to: [{ role: 'Secretary of State' }],
      date: { start: '1918-02-12' },
      place: 'Petrograd',
      number: '49',
      footnotes: 1,
      pages: ['33'],
    });
    expect(d49.meta.docNumber?.value).toBe('1027');
    expect(d49.meta.kind).toBeUndefined();
    const [enclosure] = sections(d49.body.blocks);
    expect(inlineText(enclosure?.title ?? [])).toMatch(/^Decree regarding Annulment of State Loans/);
    const list = enclosure?.blocks.find((b) => b.t === 'list');
    if (list?.t !== 'list') throw new Error('expected a list');
    expect(list.ordered).toBe(false);
    expect(list.items).toHaveLength(10);
    expect(inlineText(list.items[2] ?? [])).toBe('3. Absolutely and without any exception all foreign loans are annulled.');
    const seventh = list.items[6] ?? [];
    expect(seventh).toContainEqual({ t: 'page', n: '33' });
    expect(inlineText(seventh)).toContain('present decree.\nRemark: The local organs');
  });

  it('reads a note dated at its foot, without a dateline (inferred)', () => {
    const d85 = get(vol, 'd85');
    expect(summary(d85)).toEqual({
      title: 'The British Chargé (Barclay) to the Secretary of State',
      from: [{ name: 'Barclay', role: 'British Chargé' }],
      to: [{ role: 'Secretary of State' }],
      date: { start: '1918-09-05' },
      place: 'Washington',
      number: '85',
      footnotes: 0,
      pages: [],
    });
    expect(d85.meta.date?.provenance).toEqual({ kind: 'inferred', from: 'closing paragraph' });
    expect(d85.meta.received?.value).toBe('September 6');
  });

  it('reads a telegram signed by two', () => {
    const d14 = get(vol, 'd14');
    expect(d14.meta.signature?.value).toBe('Root; Francis');
    expect(d14.meta.docNumber?.value).toBe('15');
    expect(d14.meta.received?.value).toBe('July 9, 11.15 p.m.');
  });
});

describe('FRUS 1936, Near East and Africa III (decimal file numbers, "Telegram" in the source note)', () => {
  const file = 'frus1936v03.xml';
  let vol: Volume;
  beforeAll(async () => {
    vol = await importVolume(file);
  });

  it('gives one document per document div, in volume order', () => {
    expect(vol.count).toBe(586);
    expect(vol.count).toBe(countDocumentDivs(file));
    expect(vol.order.slice(0, 3)).toEqual(['d1', 'd2', 'd3']);
  });

  it('reads an instruction with footnotes, a block quote and two page breaks', () => {
    const d1 = get(vol, 'd1');
    expect(summary(d1)).toEqual({
      title: 'The Secretary of State to the Chargé in France (Marriner)',
      from: [{ role: 'Secretary of State' }],
      to: [{ name: 'Marriner', role: 'Chargé in France' }],
      date: { start: '1936-02-13' },
      place: 'Washington',
      number: '1',
      footnotes: 7,
      pages: ['2', '3'],
    });
    expect(d1.placement?.chapter[0]).toBe('Afghanistan');
    expect(d1.meta.fileNumber?.value).toBe('711.90H/41');
    expect(d1.meta.docNumber?.value).toBe('1198');
    expect(d1.body.footnotes.map((f) => f.label)).toEqual(['2', '3', '4', '5', '6', '7', '8']);
    expect(d1.body.blocks.some((b) => b.t === 'quote')).toBe(true);
    const closing = d1.body.blocks.slice(-2).map((b) => (b.t === 'paragraph' ? [b.role, inlineText(b.runs)] : b.t));
    expect(closing).toEqual([['closer', 'For the Secretary of State:'], ['signature', 'William Phillips']]);
  });

  it('reads a despatch with an enclosure', () => {
    const d2 = get(vol, 'd2');
    expect(summary(d2)).toEqual({
      title: 'The Ambassador in France (Straus) to the Secretary of State',
      from: [{ name: 'Straus', role: 'Ambassador in France' }],
      to: [{ role: 'Secretary of State' }],
      date: { start: '1936-02-26' },
      place: 'Paris',
      number: '2',
      footnotes: 3,
      pages: ['5'],
    });
    expect(d2.meta.received?.value).toBe('March 7');
    const [enclosure] = sections(d2.body.blocks);
    expect(inlineText(enclosure?.title ?? [])).toBe('Memorandum by the Counselor of Embassy in France (Marriner)');
  });

  it('reads a telegram dated at noon and its time of receipt', () => {
    const d3 = get(vol, 'd3');
    expect(summary(d3)).toEqual({
      title: 'The Ambassador in France (Straus) to the Secretary of State',
      from: [{ name: 'Straus', role: 'Ambassador in France' }],
      to: [{ role: 'Secretary of State' }],
      date: { start: '1936-03-10T12:00' },
      place: 'Paris',
      number: '3',
      footnotes: 1,
      pages: ['6'],
    });
    expect(d3.meta.kind?.value).toBe('telegram');
    expect(d3.meta.fileNumber?.value).toBe('711.90H/49');
    expect(d3.meta.received?.value).toBe('March 10—9:40 a.m.');
  });

  it('reads an untagged memorandum head as printed (inferred)', () => {
    const d6 = get(vol, 'd6');
    expect(summary(d6)).toEqual({
      title: 'Memorandum by the Chief of the Division of Trade Agreements (Grady)',
      from: [{ role: 'Chief of the Division of Trade Agreements', name: 'Grady' }],
      to: undefined,
      date: { start: '1936-01-16' },
      place: 'Washington',
      number: '6',
      footnotes: 1,
      pages: [],
    });
    expect(d6.meta.from?.provenance).toEqual({ kind: 'inferred', from: 'head' });
    expect(d6.meta.kind).toEqual({ value: 'memorandum', provenance: { kind: 'inferred', from: 'title' } });
  });

  it('leaves an "[undated]" dateline without a date', () => {
    const d67 = get(vol, 'd67');
    expect(d67.meta.date).toBeUndefined();
    expect(d67.meta.place?.value).toBe('Addis Ababa');
    expect(d67.meta.received?.value).toBe('April 30, 1936—2 p.m.');
  });
});

describe('parse only', () => {
  it('counts the same documents without building them', async () => {
    const file = 'frus1936v03.xml';
    const result = await parseTeiOnly({ name: file, chunks: [readFileSync(join(CORPUS, file))] });
    expect(result.docs).toBe(586);
  });
});

describe('looksLikeTei', () => {
  it('recognises a TEI root after the prolog', () => {
    const head = readFileSync(join(CORPUS, 'frus1918Russiav03.xml'), 'utf8').slice(0, 2000);
    expect(looksLikeTei(head)).toBe(true);
    expect(looksLikeTei('<?xml version="1.0"?>\n<!-- c -->\n<TEI xmlns="http://www.tei-c.org/ns/1.0">')).toBe(true);
    expect(looksLikeTei('<!DOCTYPE TEI [<!ENTITY a "b">]><TEI/>')).toBe(true);
  });

  it('rejects other XML and text', () => {
    expect(looksLikeTei('<?xml version="1.0"?><html><body/></html>')).toBe(false);
    expect(looksLikeTei('851.00/12–347: Telegram\n\nThe Ambassador in France')).toBe(false);
    expect(looksLikeTei('')).toBe(false);
  });
});
