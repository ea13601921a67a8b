import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../src-main/core/importers/registry';
import { bodyText } from '../../../src-shared/text/plain-text';

const corpus = (name: string): Uint8Array => readFileSync(new URL(`../../fixtures/corpus/${name}.xml`, import.meta.url));

/** A one-document volume: `doc` is the document div's inside. */
function volume(doc: string): Uint8Array {
  return new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="frus1950v99"><teiHeader><fileDesc><titleStmt><title type="complete">Test volume</title></titleStmt></fileDesc></teiHeader>
<text><body><div type="chapter" xml:id="ch1"><head>Chapter</head>
<div type="document" subtype="historical-document" n="1" xml:id="d1" frus:doc-dateTime-min="1950-05-10T00:00:00" xmlns:frus="http://history.state.gov/frus/ns/1.0">${doc}</div>
</div></body></text></TEI>`);
}

describe('source fields and markers at import', () => {
  it('1894: a confidential despatch is classified from its source note; a gap says its extent, also in a footnote', async () => {
    const { documents, warnings } = await importBytes('frus1894Nicaragua.xml', corpus('frus1894Nicaragua'));
    const confidential = documents.filter((d) => d.meta.classification?.value === 'Confidential');
    expect(confidential).toHaveLength(1);
    expect(confidential[0]?.meta.classification?.provenance).toEqual({ kind: 'stated', where: 'source note' });
    const d38 = documents.find((d) => d.placement?.sourceId === 'd38');
    const markers = d38?.meta.redactions?.value ?? [];
    expect(markers.map((r) => [r.text, r.footnote])).toContainEqual(['[… 1 line]', '1']);
    expect(warnings.find((w) => w.code === 'marker-in-footnote')?.where.documentId).toBe('d38');
    const telegrams = documents.filter((d) => d.meta.sourceFields?.value.flags.some((f) => f.value === 'telegram'));
    expect(telegrams.length).toBe(32);
  });

  it('1918: every "File No." source note gives its file number with the note as provenance', async () => {
    const { documents } = await importBytes('frus1918Russiav03.xml', corpus('frus1918Russiav03'));
    const withFile = documents.filter((d) => (d.meta.sourceFields?.value.fileNumbers.length ?? 0) > 0);
    expect(withFile.length).toBeGreaterThanOrEqual(470);
    const first = withFile[0]?.meta.sourceFields?.value.fileNumbers[0];
    expect(first).toEqual({ value: { value: '861.51/131', scheme: 'decimal' }, where: 'source note', text: 'File No. 861.51/131' });
  });

  it('a 5,000-character source note: a warning, the note kept whole, fields from its start', async () => {
    const long = `Source: Department of State, Central Files, 611.61/5–1050. Secret. ${'Remark on the text. '.repeat(250)}`;
    const { documents, warnings } = await importBytes('v.xml', volume(`<head>1. Telegram<note type="source">${long}</note></head><dateline>Washington, <date when="1950-05-10">May 10, 1950</date></dateline><p>Text.</p>`));
    const doc = documents.find((d) => d.placement?.sourceId === 'd1');
    expect(warnings.find((w) => w.code === 'long-source-note')?.message).toMatch(/5,0\d\d characters/);
    expect(doc && bodyText(doc.body)).toContain(long.trim());
    expect(doc?.meta.sourceFields?.value).toMatchObject({ classification: { value: 'Secret' }, fileNumbers: [{ value: { date: '1950-05-10' } }] });
    expect(doc?.meta.sourceFields?.value.dateCheck).toMatchObject({ agrees: true, days: 0 });
  });

  it('a dated file number weeks from the dateline is flagged', async () => {
    const { documents } = await importBytes('v.xml', volume('<head>1. Telegram<note type="source">611.61/6–2050: Telegram</note></head><dateline>Washington, <date when="1950-05-10">May 10, 1950</date></dateline><p>Text.</p>'));
    expect(documents.find((d) => d.placement?.sourceId === 'd1')?.meta.sourceFields?.value.dateCheck).toEqual({
      fileNumber: '611.61/6–2050', fileDate: '1950-06-20', dateline: '1950-05-10', days: 41, agrees: false,
    });
  });
});
