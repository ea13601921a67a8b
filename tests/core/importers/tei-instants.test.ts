import { describe, expect, it } from 'vitest';
import { importTei } from '../../../src-main/core/importers/tei';
import { documentClock } from '../../../src-shared/clock/document-clock';
import type { ImportedDocument } from '../../../src-shared/model/document';

const NS = 'xmlns="http://www.tei-c.org/ns/1.0" xmlns:frus="http://history.state.gov/frus/ns/1.0"';
const HEADER = '<teiHeader><fileDesc><titleStmt><title type="complete">Times</title></titleStmt></fileDesc></teiHeader>';

async function docs(divs: string): Promise<ImportedDocument[]> {
  const out: ImportedDocument[] = [];
  const xml = `<?xml version="1.0"?><TEI ${NS}>${HEADER}<text><body>${divs}</body></text></TEI>`;
  await importTei({ name: 'times.xml', chunks: [new TextEncoder().encode(xml)] }, (d) => out.push(d));
  return out;
}

const doc = (id: string, attrs: string, when: string, place: string) =>
  `<div type="document" xml:id="${id}" n="1" ${attrs}><head>Telegram</head>` +
  `<opener><dateline><placeName>${place}</placeName>, <date when="${when}">then</date></dateline></opener><p>Text.</p></div>`;

describe('instants the editors state with their offset', () => {
  it('keeps a dateline @when offset as the stated moment of sending', async () => {
    const [d] = await docs(doc('d1', '', '1956-11-05T18:00:00+01:00', 'Paris'));
    expect(d?.meta.sentAt).toEqual({ value: '1956-11-05T18:00:00+01:00', provenance: { kind: 'stated', where: 'dateline @when' } });
    expect(documentClock(d?.meta ?? { title: { value: '', provenance: { kind: 'stated' } } }).sent?.provenance).toBe('offset UTC+01:00 stated in the source (dateline @when)');
  });

  it('takes frus:doc-dateTime bounds only when they are one timed instant', async () => {
    const [timed, wholeDay] = await docs(
      doc('d1', 'frus:doc-dateTime-min="1969-01-21T18:00:00-05:00" frus:doc-dateTime-max="1969-01-21T18:00:00-05:00"', '1969-01-21T18:00:00', 'Washington') +
        doc('d2', 'frus:doc-dateTime-min="1901-12-05T00:00:00-05:00" frus:doc-dateTime-max="1901-12-05T23:59:59-05:00"', '1901-12-05', 'Washington'),
    );
    expect(timed?.meta.sentAt?.value).toBe('1969-01-21T18:00:00-05:00');
    expect(wholeDay?.meta.sentAt).toBeUndefined();
  });

  it('leaves a time without an offset to be placed on the clock by its place', async () => {
    const [d] = await docs(doc('d1', '', '1918-06-02T19:00:00', 'Peking'));
    expect(d?.meta.sentAt).toBeUndefined();
    expect(d?.meta.date?.value.start).toBe('1918-06-02T19:00');
  });
});
