import { describe, expect, it } from 'vitest';
import type { ImportedDocument } from '../../../src-shared/model/document';
import { bodyText } from '../../../src-shared/text/plain-text';
import { cvceMarkdownImporter } from '../../../src-main/core/importers/cvce-markdown';
import { allRuns, anchors, docFromText, importSeed, readText, seed } from './helpers';
import { importBytes } from '../../../src-main/core/importers/registry';

const SEED_003 = await importSeed('003_');

function parse(text: string): Promise<{ doc: ImportedDocument; issues: string[] }> {
  return readText(cvceMarkdownImporter, 'fixture.md', text);
}

const TITLE = 'Letter from Maurice Dejean to Christian Pineau (Moscow, 16 November 1956)';

describe('CVCE seed 003 (Dejean to Pineau)', () => {
  const doc = SEED_003;
  const { meta, body } = doc;

  it('is recognised as CVCE Markdown although saved as .txt', () => {
    expect(doc.format).toBe('cvce-markdown');
    expect(doc.key).toBe('file:003_7a9a1f2f6941b58c.txt');
  });

  it('has the title from the first heading', () => {
    expect(meta.title).toEqual({ value: TITLE, provenance: { kind: 'stated', where: 'title heading' } });
    expect(meta.kind).toEqual({ value: 'letter', provenance: { kind: 'stated', where: 'title' } });
  });

  it('has sender and recipient from the title, offices from the caption', () => {
    expect(meta.from).toEqual({
      value: [{ name: 'Maurice Dejean', role: 'French Ambassador to the USSR' }],
      provenance: { kind: 'stated', where: 'title (office from the caption)' },
    });
    expect(meta.to?.value).toEqual([{ name: 'Christian Pineau', role: 'French Foreign Minister' }]);
  });

  it('has date, place and received time from the dateline lines', () => {
    expect(meta.date).toEqual({ value: { start: '1956-11-16T17:50' }, provenance: { kind: 'stated', where: 'dateline' } });
    expect(meta.place).toEqual({ value: 'Moscow', provenance: { kind: 'stated', where: 'dateline' } });
    expect(meta.received).toEqual({ value: '18:00', provenance: { kind: 'stated', where: 'received line' } });
  });

  it('has the telegram numbers, kept in the body as printed', () => {
    expect(meta.docNumber?.value).toBe('4597–4600');
    expect(body.blocks[0]).toEqual({ t: 'paragraph', runs: [{ t: 'text', text: 'T. Nos 4597 to 4600.' }] });
  });

  it('gives the dateline paragraphs the dateline role', () => {
    expect(body.blocks[1]).toEqual({ t: 'paragraph', role: 'dateline', runs: [{ t: 'text', text: 'Moscow, 16 November 1956, 5.50 p.m.' }] });
    expect(body.blocks[2]).toEqual({ t: 'paragraph', role: 'dateline', runs: [{ t: 'text', text: '(Received: 6 p.m.)' }] });
  });

  it('keeps caption, source, URL, rights and date of update as metadata', () => {
    expect(meta.caption?.value.startsWith('On 16 November 1956, Maurice Dejean, French Ambassador')).toBe(true);
    expect(meta.source?.value).toContain('Documents diplomatiques français. Volume III: 1956');
    expect(meta.source?.value.endsWith('p. 328-329.')).toBe(true);
    expect(meta.url?.value).toBe(
      'http://www.cvce.eu/obj/letter_from_maurice_dejean_to_christian_pineau_moscow_16_november_1956-en-1771eaef-e3fd-45e3-b3dc-2c36ad8eec2a.html',
    );
    expect(meta.rights?.value).toBe(
      '(c) Translation CVCE.EU by UNI.LU\n\nAll rights of reproduction, of public communication, of adaptation, ' +
        'of distribution or of dissemination via Internet, internal network or any other means are strictly reserved ' +
        'in all countries.\n\nConsult the legal notice and the terms and conditions of use regarding this site.',
    );
    expect(meta.lastUpdated?.value).toBe('12/04/2023');
    expect(meta.source?.provenance).toEqual({ kind: 'stated', where: 'Source' });
  });

  it('keeps metadata and the repeated title out of the body', () => {
    const text = bodyText(body);
    for (const s of ['Caption', 'Source', 'cvce.eu', 'All rights', 'Last updated', 'Letter from Maurice Dejean']) {
      expect(text).not.toContain(s);
    }
    expect(body.blocks.some((b) => b.t === 'heading')).toBe(false);
    expect(body.blocks).toHaveLength(5);
  });

  it('anchors footnote (1) after “Fascist taunts”', () => {
    const [a, ...rest] = anchors(body.blocks);
    expect(rest).toEqual([]);
    expect(a?.id).toBe('fn1');
    expect(a?.label).toBe('1');
    expect(a?.before.endsWith("despite being the butt of 'Fascist taunts'")).toBe(true);
    expect(a?.after.startsWith('. However, it is the support')).toBe(true);
  });

  it('has the footnote with its italics, without the "(1)" label in the text', () => {
    const [note, ...rest] = body.footnotes;
    expect(rest).toEqual([]);
    expect(note?.id).toBe('fn1');
    expect(note?.label).toBe('1');
    const first = note?.runs[0];
    expect(first?.t === 'text' && first.text.startsWith('Of all the European Communist parties')).toBe(true);
    expect(note?.runs).toContainEqual({ t: 'text', text: 'DDF', marks: ['italic'] });
    expect(bodyText(body)).not.toContain('Of all the European');
  });

  it('keeps no raw HTML', () => {
    expect(JSON.stringify(body)).not.toMatch(/<\/?sup>/);
    expect(allRuns(body.blocks).every((r) => r.t !== 'text' || !r.text.includes('<'))).toBe(true);
  });

  it('is also imported as CVCE under a .md name', async () => {
    const { bytes } = seed('003_');
    expect((await importBytes('letter.md', bytes)).documents[0]?.format).toBe('cvce-markdown');
  });
});

describe('CVCE variants', () => {
  it('reads a telegram without a repeated title, dated by the title', async () => {
    const { doc, issues } = await parse(
      '## Telegram from the French Embassy in London to Guy Mollet (London, 2 November 1956)\n\n' +
        '**Source:** Somewhere, p. 1.\n\n**Last updated:** 01/02/2020\n\n' +
        'The **British** Government *insists*.<sup>1</sup>\n\n1. Not this.\n\n(1) The note.\n\nSecond paragraph of the note.',
    );
    const { meta, body } = doc;
    expect(issues).toEqual([]);
    expect(meta.kind?.value).toBe('telegram');
    expect(meta.from?.value).toEqual([{ role: 'French Embassy in London' }]);
    expect(meta.to?.value).toEqual([{ name: 'Guy Mollet' }]);
    expect(meta.date).toEqual({ value: { start: '1956-11-02' }, provenance: { kind: 'stated', where: 'title' } });
    expect(meta.place?.value).toBe('London');
    expect(meta.lastUpdated?.value).toBe('01/02/2020');
    expect(body.blocks[0]).toEqual({
      t: 'paragraph',
      runs: [
        { t: 'text', text: 'The ' },
        { t: 'text', text: 'British', marks: ['bold'] },
        { t: 'text', text: ' Government ' },
        { t: 'text', text: 'insists', marks: ['italic'] },
        { t: 'text', text: '.' },
        { t: 'noteRef', id: 'fn1', label: '1' },
      ],
    });
    expect(body.footnotes).toEqual([
      { id: 'fn1', label: '1', runs: [{ t: 'text', text: 'The note.' }, { t: 'lineBreak' }, { t: 'text', text: 'Second paragraph of the note.' }] },
    ]);
  });

  it('keeps numbered points in the body apart from the footnotes', async () => {
    const { doc } = await parse('## Memorandum on Suez\n\n**Caption:** A memo.\n\n(1) First point<sup>(1)</sup>.\n\n(2) Second point.\n\n(1) The note.');
    expect(doc.meta.kind?.value).toBe('memorandum');
    expect(doc.meta.caption?.value).toBe('A memo.');
    expect(bodyText(doc.body)).toBe('(1) First point.\n\n(2) Second point.');
    expect(doc.body.footnotes.map((n) => n.label)).toEqual(['1']);
  });

  it('reports an unknown key and a reference without a footnote', async () => {
    const { issues } = await parse('## Letter from A to B\n\n**Caption:** x\n\n**Author:** y\n\nText<sup>(2)</sup>.');
    expect(issues).toEqual(['note reference (2) has no footnote', 'unknown metadata key “author” ignored']);
  });

  it('sniffs the genre', () => {
    expect(cvceMarkdownImporter.sniff('## T\n\n**Source:** x', 'a.md')).toBe(true);
    expect(cvceMarkdownImporter.sniff('## T\n\nSource: x', 'a.md')).toBe(false);
  });

  it('drops other HTML, keeping its text', async () => {
    const doc = await docFromText('x.md', '## Letter from A to B\n\n**Caption:** c\n\nSee <span class="x">this</span> &amp; <br>that.');
    expect(doc.body.blocks[0]).toEqual({ t: 'paragraph', runs: [{ t: 'text', text: 'See this & ' }, { t: 'lineBreak' }, { t: 'text', text: 'that.' }] });
  });
});
