import { describe, expect, it } from 'vitest';
import { importTei } from '../../../src-main/core/importers/tei';
import type { ImportedDocument } from '../../../src-shared/model/document';
import { inlineText } from '../../../src-shared/text/plain-text';
import { pageMarkers } from '../../../src-shared/text/references';

/** Encodings the three corpus volumes do not use but other FRUS eras do. */
const NS = 'xmlns="http://www.tei-c.org/ns/1.0" xmlns:frus="http://history.state.gov/frus/ns/1.0"';

function volume(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<TEI ${NS} xml:id="frusTest">
  <teiHeader><fileDesc><titleStmt><title type="complete">Test   Volume</title></titleStmt>
    <publicationStmt><date>2001</date><idno type="frus">frusTestIdno</idno></publicationStmt></fileDesc></teiHeader>
  <text><body>
    <div type="chapter" xml:id="ch1"><head>Chapter One<note n="1">Not in the heading.</note></head>
${body}
    </div>
  </body></text>
</TEI>`;
}

/** The documents of a volume; its sections (text outside documents) are tested in tei-sections.test.ts. */
async function importString(xml: string): Promise<ImportedDocument[]> {
  const docs: ImportedDocument[] = [];
  await importTei({ name: 'test.xml', chunks: [new TextEncoder().encode(xml)] }, (d) => {
    if (d.meta.kind?.value !== 'section') docs.push(d);
  });
  return docs;
}

async function one(body: string): Promise<ImportedDocument> {
  const [doc] = await importString(volume(body));
  if (doc === undefined) throw new Error('no document');
  return doc;
}

describe('modern volumes (1950s onwards)', () => {
  const modern = `
    <pb n="5" xml:id="pg_5"/>
    <div type="document" xml:id="d7" n="7" subtype="historical-document"
        frus:doc-dateTime-min="1961-01-20T10:00:00-05:00" frus:doc-dateTime-max="1961-01-20T10:00:00-05:00">
      <head>7. Telegram From the Embassy in France to the Department of State<note n="1" xml:id="d7fn1"
          type="source">Source: Department of State, Central Files, 751.00/1–2061. Secret; Priority.</note></head>
      <dateline><placeName>Paris</placeName>, <date>January 20, 1961, 10 a.m.</date></dateline>
      <p>3120. Text.</p>
    </div>`;

  it('takes the date from frus:doc-dateTime-min/max, keeping local time and dropping the offset', async () => {
    const doc = await one(modern);
    expect(doc.meta.date).toEqual({ value: { start: '1961-01-20T10:00' }, provenance: { kind: 'stated', where: 'frus:doc-dateTime' } });
  });

  it('reads a source note inside the head: not title, not a footnote, but a source line with file number and classification', async () => {
    const doc = await one(modern);
    expect(doc.meta.title.value).toBe('7. Telegram From the Embassy in France to the Department of State');
    expect(doc.meta.fileNumber?.value).toBe('751.00/1–2061');
    expect(doc.meta.classification?.value).toBe('Secret');
    expect(doc.meta.kind).toEqual({ value: 'telegram', provenance: { kind: 'inferred', from: 'title' } });
    expect(doc.meta.docNumber?.value).toBe('3120');
    expect(doc.body.footnotes).toEqual([]);
    expect(doc.body.blocks[0]).toEqual({
      t: 'paragraph',
      role: 'sourceNote',
      runs: [{ t: 'text', text: 'Source: Department of State, Central Files, 751.00/1–2061. Secret; Priority.' }],
    });
  });

  it('uses the volume id, header title and chapter heads without their notes', async () => {
    const doc = await one(modern);
    expect(doc.key).toBe('tei:frusTest:d7');
    expect(doc.placement).toEqual({
      collection: { id: 'frusTest', title: 'Test Volume', published: '2001' },
      chapter: ['Chapter One'],
      number: '7',
      sourceId: 'd7',
      startPage: '5',
    });
  });

  it('shows whole-day bounds as days and a span as a range', async () => {
    const day = await one(`<div type="document" xml:id="d1" frus:doc-dateTime-min="1945-01-06T00:00:00-05:00"
      frus:doc-dateTime-max="1945-01-06T23:59:59-05:00"><head>A</head><p>x</p></div>`);
    expect(day.meta.date?.value).toEqual({ start: '1945-01-06' });
    const span = await one(`<div type="document" xml:id="d1" frus:doc-dateTime-min="1967-07-29T00:00:00-05:00"
      frus:doc-dateTime-max="1972-11-04T23:59:59-05:00"><head>A</head><p>x</p></div>`);
    expect(span.meta.date?.value).toEqual({ start: '1967-07-29', end: '1972-11-04' });
  });

  it('prefers the dateline date and reads from/to ranges there', async () => {
    const doc = await one(`<div type="document" xml:id="d1" frus:doc-dateTime-min="1950-01-01">
      <head>A</head><dateline><date from="1950-03-03" to="1950-03-05T14:30:00">3–5 March</date></dateline><p>x</p></div>`);
    expect(doc.meta.date?.value).toEqual({ start: '1950-03-03', end: '1950-03-05T14:30' });
  });
});

describe('a modern memorandum (FRUS 1955–57, vol. II, document 6)', () => {
  const memo = `
    <div type="document" xml:id="d6" n="6" subtype="historical-document"
        frus:doc-dateTime-min="1955-01-11T00:00:00-05:00" frus:doc-dateTime-max="1955-01-11T23:59:59-05:00">
      <head>6. Memorandum From the President’s Special Assistant for National
          Security Affairs (<persName corresp="#p_CR1" type="from">Cutler</persName>) to the <gloss type="to">Secretary of
          State</gloss><note n="1" xml:id="d6fn1" type="source">Source: Department of State, Central Files,
          793.00/1–1155. Top Secret. Notes attached to the source text.</note></head>
      <opener><dateline rendition="#right"><placeName><hi rend="italic">Washington</hi></placeName>, <date
          when="1955-01-11" calendar="gregorian"><hi rend="italic">January 11, 1955</hi></date>.</dateline></opener>
      <p>In connection with the attack.</p>
      <closer><signed><hi rend="strong"><persName corresp="#p_CR1">Robert Cutler</persName></hi></signed></closer>
      <frus:attachment>
        <note rend="inline" type="source">[Attachment]</note>
        <head>Memorandum From the Chief of Naval Operations (<persName>Carney</persName>)</head>
        <list type="subject"><head>SUBJ</head><item>NSC 5429/5</item></list>
      </frus:attachment>
    </div>`;

  it('reads the office printed before the name, the tagged recipient and the source note', async () => {
    const doc = await one(memo);
    expect(doc.meta.title.value).toBe(
      '6. Memorandum From the President’s Special Assistant for National Security Affairs (Cutler) to the Secretary of State',
    );
    expect(doc.meta.from?.value).toEqual([{ name: 'Cutler', role: 'President’s Special Assistant for National Security Affairs', person: '#p_CR1' }]);
    expect(doc.meta.to?.value).toEqual([{ role: 'Secretary of State' }]);
    expect(doc.meta.kind?.value).toBe('memorandum');
    expect(doc.meta.fileNumber?.value).toBe('793.00/1–1155');
    expect(doc.meta.classification?.value).toBe('Top Secret');
    expect(doc.meta.date?.value).toEqual({ start: '1955-01-11' });
    expect(doc.meta.place?.value).toBe('Washington');
    expect(doc.meta.signature?.value).toBe('Robert Cutler');
  });

  it('puts a list’s own head before the list', async () => {
    const doc = await one(memo);
    const section = doc.body.blocks.find((b) => b.t === 'section');
    expect(section?.t === 'section' && section.blocks.slice(1)).toEqual([
      { t: 'heading', level: 3, runs: [{ t: 'text', text: 'SUBJ' }] },
      { t: 'list', ordered: false, items: [[{ t: 'text', text: 'NSC 5429/5' }]] },
    ]);
  });
});

describe('an 1860s despatch (FRUS 1861)', () => {
  it('finds the despatch number printed in the opener, after the dateline', async () => {
    const doc = await one(`<div type="document" xml:id="d8" n="8">
      <head><hi rend="italic">Mr. <persName type="from">Wright</persName> to Mr. <persName type="to">Seward</persName></hi>.</head>
      <opener><dateline rendition="#right"><hi rend="smallcaps">United States Legation</hi>,<lb/><placeName><hi
          rend="italic">Berlin</hi>,</placeName> <date when="1861-05-26" calendar="gregorian"><hi rend="italic">May</hi>
          26, 1861</date>.</dateline>
        <seg rendition="#left">No. 175.]</seg></opener>
      <p><hi rend="smallcaps">Sir:</hi></p>
      <closer><signed>JOSEPH A. WRIGHT.</signed></closer>
      <postscript><p>His Excellency Hon. <hi rend="smallcaps">William H. Seward</hi>,<lb/>Secretary of State.</p></postscript>
    </div>`);
    expect(doc.meta.docNumber?.value).toBe('175');
    expect(doc.meta.place?.value).toBe('Berlin');
    expect(doc.meta.date?.value).toEqual({ start: '1861-05-26' });
    expect(doc.body.blocks.map((b) => (b.t === 'paragraph' ? b.role ?? 'p' : b.t))).toEqual([
      'dateline', 'opener', 'p', 'signature', 'section',
    ]);
  });
});

describe('nested documents', () => {
  const nested = `
    <pb n="10"/>
    <div type="document" xml:id="d1" n="1">
      <head>Parent</head>
      <p>Before the enclosure.</p>
      <div type="document" xml:id="d1a">
        <head>Child <persName type="from">Smith</persName></head>
        <p>Child text <pb n="11"/>over a page.</p>
      </div>
      <p>After the enclosure.</p>
    </div>`;

  it('imports a nested document on its own, pointing at its parent', async () => {
    const docs = await importString(volume(nested));
    expect(docs.map((d) => d.placement?.sourceId)).toEqual(['d1a', 'd1']);
    const [child] = docs;
    expect(child?.placement?.parentSourceId).toBe('d1');
    expect(child?.placement?.startPage).toBe('10');
    expect(child?.meta.title.value).toBe('Child Smith');
    expect(child?.meta.from?.value).toEqual([{ name: 'Smith' }]);
    expect(pageMarkers(child?.body.blocks ?? [])).toEqual(['11']);
  });

  it('represents it in the parent only by a place-holder, without duplicating its text', async () => {
    const [, parent] = await importString(volume(nested));
    expect(parent?.placement?.parentSourceId).toBeUndefined();
    expect(parent?.body.blocks).toEqual([
      { t: 'paragraph', runs: [{ t: 'text', text: 'Before the enclosure.' }] },
      { t: 'embedded', target: 'd1a', title: 'Child Smith' },
      { t: 'page', n: '11' },
      { t: 'paragraph', runs: [{ t: 'text', text: 'After the enclosure.' }] },
    ]);
  });
});

describe('body structure', () => {
  it('turns lists, tables, links, line breaks, marks and gaps into the model', async () => {
    const doc = await one(`<div type="document" xml:id="d1"><head>T</head>
      <p>See <ref target="#d12">document <hi rend="italic">12</hi></ref> and <ref target="#pg_3">page 3</ref>;
         x<hi rend="superscript">2</hi><lb/>next <gap quantity="1" unit="lines"/> line.</p>
      <list type="ordered"><item>one</item><pb n="4"/><item>two<note n="2" xml:id="n2">A note.</note></item></list>
      <table><row><cell>a</cell><cell><hi rend="smallcaps">b</hi></cell></row><row><cell/><cell>c</cell></row></table>
    </div>`);
    expect(doc.body.blocks).toEqual([
      {
        t: 'paragraph',
        runs: [
          { t: 'text', text: 'See ' },
          { t: 'link', target: 'd12', runs: [{ t: 'text', text: 'document ' }, { t: 'text', text: '12', marks: ['italic'] }] },
          { t: 'text', text: ' and ' },
          // A page target is a link too, kept as written: the library resolves it (tests/core/links).
          { t: 'link', target: '#pg_3', runs: [{ t: 'text', text: 'page 3' }] },
          { t: 'text', text: '; x' },
          { t: 'text', text: '2', marks: ['sup'] },
          { t: 'lineBreak' },
          // The gap says the extent the encoders recorded, so that it can be counted (issue 16).
          { t: 'text', text: 'next [… 1 line] line.' },
        ],
      },
      {
        t: 'list',
        ordered: true,
        items: [[{ t: 'text', text: 'one' }], [{ t: 'page', n: '4' }, { t: 'text', text: 'two' }, { t: 'noteRef', id: 'n2', label: '2' }]],
      },
      { t: 'table', rows: [[[{ t: 'text', text: 'a' }], [{ t: 'text', text: 'b', marks: ['smallcaps'] }]], [[], [{ t: 'text', text: 'c' }]]] },
    ]);
    expect(doc.body.footnotes).toEqual([{ id: 'n2', label: '2', runs: [{ t: 'text', text: 'A note.' }] }]);
  });

  it('collapses indentation but keeps a no-break space', async () => {
    const doc = await one(`<div type="document" xml:id="d1"><head>  The
          Title  </head><p>
        one\u00a0two
           three  </p></div>`);
    expect(doc.meta.title.value).toBe('The Title');
    expect(doc.body.blocks).toEqual([{ t: 'paragraph', runs: [{ t: 'text', text: 'one\u00a0two three' }] }]);
  });

  it('splits a paragraph around a block quote and a list, flattening blocks inside footnotes', async () => {
    const doc = await one(`<div type="document" xml:id="d1"><head>T</head>
      <p>Before: <quote rend="blockquote"><p>Quoted.</p></quote> after.<note n="1">First.<p>Second.</p></note></p></div>`);
    expect(doc.body.blocks).toEqual([
      { t: 'paragraph', runs: [{ t: 'text', text: 'Before:' }] },
      { t: 'quote', blocks: [{ t: 'paragraph', runs: [{ t: 'text', text: 'Quoted.' }] }] },
      { t: 'paragraph', runs: [{ t: 'text', text: 'after.' }, { t: 'noteRef', id: 'd1-fn1', label: '1' }] },
    ]);
    expect(inlineText(doc.body.footnotes[0]?.runs ?? [])).toBe('First.\nSecond.');
  });

  it('gives a stand-in key and an issue to a document without xml:id', async () => {
    const docs: ImportedDocument[] = [];
    const issues: string[] = [];
    await importTei(
      { name: 't.xml', chunks: [new TextEncoder().encode(volume('<div type="document"><p>x</p></div>'))] },
      (d) => {
        if (d.meta.kind?.value !== 'section') docs.push(d);
      },
      { warn: (w) => issues.push(w.code) },
    );
    expect(docs[0]?.key).toBe('tei:frusTest:doc1');
    expect(docs[0]?.meta.title).toEqual({ value: 'Document doc1', provenance: { kind: 'inferred', from: 'document number' } });
    expect(issues).toEqual(['missing-id']);
  });
});
