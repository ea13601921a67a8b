import { createReadStream, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importTei, looksLikeTei, parseTeiOnly } from '../../../src-main/core/importers/tei';
import type { WarningInput } from '../../../src-main/core/importers/warnings';
import type { Block, DocumentMeta, ImportedDocument } from '../../../src-shared/model/document';
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

const countDocumentDivs = (file: string): number => readFileSync(join(CORPUS, file), 'utf8').split('<div type="document"').length - 1;

const sections = (blocks: readonly Block[]): Extract<Block, { t: 'section' }>[] => blocks.flatMap((b) => (b.t === 'section' ? [b] : []));

type MetaKey = keyof DocumentMeta;

/** One sampled document and what was hand-read from its XML. */
interface DocCase {
  id: string;
  reads: string;
  summary?: ReturnType<typeof summary>;
  placement?: ImportedDocument['placement'];
  /** `meta[key].value` and `meta[key].provenance` per field; fields it must not have. */
  values?: Partial<Record<MetaKey, unknown>>;
  provenance?: Partial<Record<MetaKey, unknown>>;
  absent?: MetaKey[];
  /** What the summary does not cover: the body's structure. */
  body?: (doc: ImportedDocument) => void;
}

interface VolumeCase {
  file: string;
  about: string;
  count: number;
  /** The volume imports without a single issue; ids of its first documents, in volume order. */
  clean?: boolean;
  first?: string[];
  docs: DocCase[];
}

const summaryOf = (title: string, from: unknown, to: unknown, date: string, place: string, number: string, footnotes: number, pages: string[]) => ({ title, from, to, date: { start: date }, place, number, footnotes, pages });
const secretary = [{ role: 'Secretary of State' }];

const VOLUMES: VolumeCase[] = [
  {
    file: 'frus1894Nicaragua.xml',
    about: 'FRUS 1894, Nicaragua (an 1890s volume: "No. 1." heads, inline persName)',
    count: 138,
    clean: true,
    docs: [
      {
        id: 'd1',
        reads: 'places documents in the volume and its chapter',
        placement: {
          collection: { id: 'frus1894Nicaragua', title: 'Foreign Relations of the United States, 1894, Nicaragua (Mosquito Territory)', series: 'Foreign Relations of the United States, 1894', published: '1895' },
          chapter: ['Affairs at Bluefields'], number: '1', sourceId: 'd1', startPage: '9',
        },
        body: (d1) => expect([d1.key, d1.format]).toEqual(['tei:frus1894Nicaragua:d1', 'tei']),
      },
      {
        id: 'd1',
        reads: 'reads a telegram',
        summary: summaryOf('No. 1. Mr. Seat to Mr. Gresham.', [{ name: 'Seat' }], [{ name: 'Gresham' }], '1894-01-25', 'Bluefields, Nicaragua', '1', 0, []),
        values: { kind: 'telegram', signature: 'Seat, Consular Agent' },
        provenance: { kind: { kind: 'stated', where: 'source note' }, title: { kind: 'stated', where: 'head' }, date: { kind: 'stated', where: 'dateline' } },
      },
      {
        id: 'd2',
        reads: 'reads a despatch with an enclosure, a footnote linking to another document, and a page break',
        summary: summaryOf('No. 2. Mr. Gresham to Mr. Baker.', [{ name: 'Gresham' }], [{ name: 'Baker' }], '1894-02-01', 'Department of State, Washington', '2', 1, ['10']),
        body: (d2) => {
          const link = { t: 'link', target: 'd1', runs: [{ t: 'text', text: 'No. 1' }] };
          expect(d2.body.footnotes[0]).toEqual({ id: 'd2fn1', label: '1', runs: [link, { t: 'text', text: '.' }] });
          const [enclosure] = sections(d2.body.blocks);
          expect(enclosure?.kind).toBe('attachment');
          expect(inlineText(enclosure?.title ?? [])).toBe('Mr. Herbert to Mr. Gresham.');
          expect(enclosure?.blocks[0]).toEqual({ t: 'paragraph', role: 'sourceNote', runs: [{ t: 'text', text: '[Inclosure in No. 2.]' }] });
          const quote = enclosure?.blocks.find((b) => b.t === 'quote');
          expect(quote?.t === 'quote' && quote.blocks.length).toBe(4);
          // The page break sits between the signature and the enclosure: a block, not text.
          expect(d2.body.blocks.slice(-2)).toEqual([{ t: 'page', n: '10' }, enclosure]);
        },
      },
      {
        id: 'd3',
        reads: 'reads the time of receipt and a postscript inside an enclosure',
        summary: summaryOf('No. 3. Mr. Baker to Mr. Gresham.', [{ name: 'Baker' }], [{ name: 'Gresham' }], '1894-02-09', 'Legation of the United States, Managua, Nicaragua', '3', 0, ['11', '12']),
        values: { received: 'March 5' },
        body: (d3) => {
          const postscript = sections(sections(d3.body.blocks)[0]?.blocks ?? [])[0];
          expect(postscript?.kind).toBe('postscript');
          expect(bodyText({ blocks: postscript?.blocks ?? [], footnotes: [] })).toContain('Received January 24, 1894');
        },
      },
      {
        id: 'd12',
        reads: 'reads a long despatch with nine enclosures over eight pages',
        summary: summaryOf('No. 12. Mr. Baker to Mr. Gresham.', [{ name: 'Baker' }], [{ name: 'Gresham' }], '1894-03-08', 'Legation of the United States, Managua', '12', 2, ['19', '20', '21', '22', '23', '24', '25', '26']),
        body: (d12) => expect(sections(d12.body.blocks)).toHaveLength(9),
      },
      {
        id: 'd1',
        reads: 'keeps the signature a paragraph of its own, with the comma printed after it',
        body: (d1) =>
          expect(d1.body.blocks.slice(-2)).toEqual([
            { t: 'paragraph', role: 'signature', runs: [{ t: 'text', text: 'Seat', marks: ['smallcaps'] }, { t: 'text', text: ', ' }, { t: 'text', text: 'Consular Agent', marks: ['italic'] }, { t: 'text', text: ',' }] },
            { t: 'paragraph', role: 'closer', runs: [{ t: 'text', text: '(and fifty citizens of the United States).' }] },
          ]),
      },
    ],
  },
  {
    file: 'frus1918Russiav03.xml',
    about: 'FRUS 1918, Russia III (a 1930s edition: File No. source notes, gloss offices)',
    count: 478,
    docs: [
      {
        id: 'd1',
        reads: 'reads an outgoing telegram: office as sender, name and office as recipient, a time',
        summary: summaryOf('The Secretary of State to the Ambassador in Russia (Francis)', secretary, [{ name: 'Francis', role: 'Ambassador in Russia', person: '#p_FDR1' }], '1917-04-03T18:00', 'Washington', '1', 0, []),
        values: { fileNumber: '861.51/131', kind: 'telegram', docNumber: '1295', source: 'File No. 861.51/131 [Telegram]' },
        body: (d1) => {
          expect(d1.placement?.chapter).toHaveLength(3);
          expect(d1.placement?.chapter[1]).toBe('Chapter I. Loans to the Provisional Government—Soviet Financial Decrees');
          // The chapter head's footnote is not part of the heading.
          expect(d1.placement?.chapter[2]).toMatch(/October 12, 1917—Negotiations for further credits$/);
        },
      },
      {
        id: 'd2',
        reads: 'reads an incoming telegram with its time of receipt and a page break inside a paragraph',
        summary: summaryOf('The Ambassador in Russia (Francis) to the Secretary of State', [{ name: 'Francis', role: 'Ambassador in Russia', person: '#p_FDR1' }], secretary, '1917-04-06T12:00', 'Petrograd', '2', 0, ['3']),
        values: { received: 'April 8, 7.45 p.m.' },
        body: (d2) => {
          const para = d2.body.blocks.find((b) => b.t === 'paragraph' && b.runs.some((r) => r.t === 'page'));
          expect(para?.t === 'paragraph' && inlineText(para.runs)).toContain('in my judgment would be absolutely safe');
        },
      },
      {
        id: 'd49',
        reads: 'reads a despatch with a translated enclosure: labelled list, page break and quote inside an item',
        summary: summaryOf('The Ambassador in Russia (Francis) to the Secretary of State', [{ name: 'Francis', role: 'Ambassador in Russia', person: '#p_FDR1' }], secretary, '1918-02-12', 'Petrograd', '49', 1, ['33']),
        values: { docNumber: '1027' },
        absent: ['kind'],
        body: (d49) => {
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
        },
      },
      {
        id: 'd85',
        reads: 'reads a note dated at its foot, without a dateline (inferred)',
        summary: summaryOf('The British Chargé (Barclay) to the Secretary of State', [{ name: 'Barclay', role: 'British Chargé', person: '#p_BCR1' }], secretary, '1918-09-05', 'Washington', '85', 0, []),
        values: { received: 'September 6' },
        provenance: { date: { kind: 'inferred', from: 'closing paragraph' } },
      },
      { id: 'd14', reads: 'reads a telegram signed by two', values: { signature: 'Root; Francis', docNumber: '15', received: 'July 9, 11.15 p.m.' } },
    ],
  },
  {
    file: 'frus1936v03.xml',
    about: 'FRUS 1936, Near East and Africa III (decimal file numbers, "Telegram" in the source note)',
    count: 586,
    first: ['d1', 'd2', 'd3'],
    docs: [
      {
        id: 'd1',
        reads: 'reads an instruction with footnotes, a block quote and two page breaks',
        summary: summaryOf('The Secretary of State to the Chargé in France (Marriner)', secretary, [{ name: 'Marriner', role: 'Chargé in France' }], '1936-02-13', 'Washington', '1', 7, ['2', '3']),
        values: { fileNumber: '711.90H/41', docNumber: '1198' },
        body: (d1) => {
          expect(d1.placement?.chapter[0]).toBe('Afghanistan');
          expect(d1.body.footnotes.map((f) => f.label)).toEqual(['2', '3', '4', '5', '6', '7', '8']);
          expect(d1.body.blocks.some((b) => b.t === 'quote')).toBe(true);
          const closing = d1.body.blocks.slice(-2).map((b) => (b.t === 'paragraph' ? [b.role, inlineText(b.runs)] : b.t));
          expect(closing).toEqual([['closer', 'For the Secretary of State:'], ['signature', 'William Phillips']]);
        },
      },
      {
        id: 'd2',
        reads: 'reads a despatch with an enclosure',
        summary: summaryOf('The Ambassador in France (Straus) to the Secretary of State', [{ name: 'Straus', role: 'Ambassador in France' }], secretary, '1936-02-26', 'Paris', '2', 3, ['5']),
        values: { received: 'March 7' },
        body: (d2) => expect(inlineText(sections(d2.body.blocks)[0]?.title ?? [])).toBe('Memorandum by the Counselor of Embassy in France (Marriner)'),
      },
      {
        id: 'd3',
        reads: 'reads a telegram dated at noon and its time of receipt',
        summary: summaryOf('The Ambassador in France (Straus) to the Secretary of State', [{ name: 'Straus', role: 'Ambassador in France' }], secretary, '1936-03-10T12:00', 'Paris', '3', 1, ['6']),
        values: { kind: 'telegram', fileNumber: '711.90H/49', received: 'March 10—9:40 a.m.' },
      },
      {
        id: 'd6',
        reads: 'reads an untagged memorandum head as printed (inferred)',
        summary: summaryOf('Memorandum by the Chief of the Division of Trade Agreements (Grady)', [{ role: 'Chief of the Division of Trade Agreements', name: 'Grady' }], undefined, '1936-01-16', 'Washington', '6', 1, []),
        values: { kind: 'memorandum' },
        provenance: { from: { kind: 'inferred', from: 'head' }, kind: { kind: 'inferred', from: 'title' } },
      },
      { id: 'd67', reads: 'leaves an "[undated]" dateline without a date', values: { place: 'Addis Ababa', received: 'April 30, 1936—2 p.m.' }, absent: ['date'] },
    ],
  },
];

describe.each(VOLUMES)('$about', (volume) => {
  let vol: Volume;
  beforeAll(async () => {
    vol = await importVolume(volume.file);
  });

  it('gives one document per document div, in volume order', () => {
    expect(vol.count).toBe(volume.count);
    expect(vol.count).toBe(countDocumentDivs(volume.file));
    if (volume.clean) {
      expect(vol.docs.size).toBe(volume.count);
      expect(vol.issues).toEqual([]);
    }
    if (volume.first) expect(vol.order.slice(0, volume.first.length)).toEqual(volume.first);
  });

  it.each(volume.docs)('$id: $reads', (c) => {
    const doc = vol.docs.get(c.id);
    if (doc === undefined) throw new Error(`no document ${c.id}`);
    if (c.summary) expect(summary(doc)).toEqual(c.summary);
    if (c.placement) expect(doc.placement).toEqual(c.placement);
    for (const [key, value] of Object.entries(c.values ?? {})) expect(doc.meta[key as MetaKey]?.value, key).toEqual(value);
    for (const [key, value] of Object.entries(c.provenance ?? {})) expect(doc.meta[key as MetaKey]?.provenance, key).toEqual(value);
    for (const key of c.absent ?? []) expect(doc.meta[key], key).toBeUndefined();
    c.body?.(doc);
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
  it.each([
    ['a TEI root after the prolog', readFileSync(join(CORPUS, 'frus1918Russiav03.xml'), 'utf8').slice(0, 2000), true],
    ['a TEI root after a comment', '<?xml version="1.0"?>\n<!-- c -->\n<TEI xmlns="http://www.tei-c.org/ns/1.0">', true],
    ['a TEI root after a doctype', '<!DOCTYPE TEI [<!ENTITY a "b">]><TEI/>', true],
    ['other XML', '<?xml version="1.0"?><html><body/></html>', false],
    ['text', '851.00/12–347: Telegram\n\nThe Ambassador in France', false],
    ['nothing', '', false],
  ])('%s → %s', (_name, head, tei) => {
    expect(looksLikeTei(head)).toBe(tei);
  });
});
