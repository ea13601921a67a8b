import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportedDocument } from '../../../src-shared/model/document';
import { bodyText } from '../../../src-shared/text/plain-text';
import { ImportError } from '../../../src-main/core/importers/importer';
import { guardImport } from '../../../src-main/core/importers/guard';
import { importBytes, importerFor } from '../../../src-main/core/importers/registry';
import { docFromText } from './helpers';

describe('generic .txt', () => {
  it('takes the title from the first line and splits paragraphs on blank lines', async () => {
    const doc = await docFromText('notes.txt', 'Notes on the Conference\n\nFirst paragraph, hard-wrapped at a fixed width of seventy-two\ncharacters so that it runs on.\n\n\nSecond.');
    expect(doc.format).toBe('text');
    expect(doc.key).toBe('file:notes.txt');
    expect(doc.meta.title).toEqual({ value: 'Notes on the Conference', provenance: { kind: 'inferred', from: 'the first line' } });
    // The title line is not repeated in the body; wrapped lines are rejoined.
    expect(doc.body.blocks).toEqual([
      { t: 'paragraph', runs: [{ t: 'text', text: 'First paragraph, hard-wrapped at a fixed width of seventy-two characters so that it runs on.' }] },
      { t: 'paragraph', runs: [{ t: 'text', text: 'Second.' }] },
    ]);
    expect(doc.body.footnotes).toEqual([]);
  });

  it('keeps the line breaks of short lines such as an address', async () => {
    const doc = await docFromText('a.txt', 'To the Embassy\nRue de Rivoli\nParis\n\nText.');
    expect(doc.body.blocks[0]).toEqual({
      t: 'paragraph',
      runs: [
        { t: 'text', text: 'To the Embassy' }, { t: 'lineBreak' }, { t: 'text', text: 'Rue de Rivoli' }, { t: 'lineBreak' }, { t: 'text', text: 'Paris' },
      ],
    });
  });

  it('shortens a long first line for the title but keeps the text whole', async () => {
    const long = `${'word '.repeat(40)}end.`;
    const doc = await docFromText('b.txt', long);
    expect(doc.meta.title.value.length).toBeLessThanOrEqual(120);
    expect(doc.meta.title.value.endsWith('…')).toBe(true);
    expect(bodyText(doc.body)).toBe(long);
  });
});

describe('generic .md', () => {
  const md = [
    '# A *Title*', '',
    'Some **bold** and _italic_ text.', '',
    '## Section', '',
    '- one', '- two', '  - nested', '',
    '1. first', '',
    '> quoted', '',
    '```', 'code line 1', 'code line 2', '```', '',
    '<div class="x">block <b>html</b></div>', '',
    '<script>alert(1)</script>', '',
    '| a | b |', '|---|---|', '| 1 | 2 |',
  ].join('\n');
  let doc: ImportedDocument;
  beforeAll(async () => {
    doc = await docFromText('c.md', md);
  });

  it('takes the title from the first heading, not repeated in the body', () => {
    expect(doc.format).toBe('markdown');
    expect(doc.meta.title).toEqual({ value: 'A Title', provenance: { kind: 'inferred', from: 'the first heading' } });
    expect(doc.body.blocks[0]?.t).toBe('paragraph');
  });

  it('converts Markdown structure and emphasis', () => {
    const [para, heading, list, ordered, quote, code, html, ...rest] = doc.body.blocks;
    expect(para).toEqual({
      t: 'paragraph',
      runs: [
        { t: 'text', text: 'Some ' }, { t: 'text', text: 'bold', marks: ['bold'] }, { t: 'text', text: ' and ' },
        { t: 'text', text: 'italic', marks: ['italic'] }, { t: 'text', text: ' text.' },
      ],
    });
    expect(heading).toEqual({ t: 'heading', level: 2, runs: [{ t: 'text', text: 'Section' }] });
    expect(list).toEqual({
      t: 'list', ordered: false,
      items: [[{ t: 'text', text: 'one' }], [{ t: 'text', text: 'two' }], [{ t: 'text', text: 'nested' }]],
    });
    expect(ordered).toEqual({ t: 'list', ordered: true, items: [[{ t: 'text', text: 'first' }]] });
    expect(quote).toEqual({ t: 'quote', blocks: [{ t: 'paragraph', runs: [{ t: 'text', text: 'quoted' }] }] });
    expect(code).toEqual({
      t: 'paragraph',
      runs: [{ t: 'text', text: 'code line 1' }, { t: 'lineBreak' }, { t: 'text', text: 'code line 2' }],
    });
    expect(html).toEqual({ t: 'paragraph', runs: [{ t: 'text', text: 'block html' }] });
    // The script block has no text content and disappears; the table follows.
    expect(rest).toEqual([
      { t: 'table', rows: [[[{ t: 'text', text: 'a' }], [{ t: 'text', text: 'b' }]], [[{ t: 'text', text: '1' }], [{ t: 'text', text: '2' }]]] },
    ]);
  });

  it('never keeps raw HTML', () => {
    expect(JSON.stringify(doc.body)).not.toMatch(/<\/?(?:div|b|script)\b/);
  });

  it('takes the first line, without its syntax, when there is no heading first', async () => {
    const d = await docFromText('d.md', '**Note** on the *talks*\nmore text\n\n# Later heading');
    expect(d.meta.title).toEqual({ value: 'Note on the talks', provenance: { kind: 'inferred', from: 'the first line' } });
    expect(d.body.blocks).toHaveLength(2);
  });
});

describe('registry', () => {
  const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

  it('picks importers by extension, then by content', () => {
    expect(importerFor('a.txt', '851.00/12–347: Telegram\n\nx').id).toBe('frus-text');
    expect(importerFor('a.TXT', 'Hello').id).toBe('text');
    expect(importerFor('a.md', '# T\n\n**Source:** x').id).toBe('cvce-markdown');
    expect(importerFor('a.txt', '## T\n\n**Caption:** x').id).toBe('cvce-markdown');
    expect(importerFor('a.markdown', '# Hello').id).toBe('markdown');
  });

  it('rejects unsupported extensions with a clear ImportError', async () => {
    await expect(importBytes('scan.pdf', bytes('x'))).rejects.toThrow(ImportError);
    await expect(importBytes('scan.pdf', bytes('x'))).rejects.toThrow('scan.pdf: cannot import “.pdf” files: Chancery imports .xml .md .markdown .txt .text');
    await expect(importBytes('volume.xml', bytes('<TEI/>'))).rejects.toThrow(ImportError);
    await expect(importBytes('README', bytes('x'))).rejects.toThrow('files without an extension');
  });

  it('reports bad bytes as ImportError naming the file', async () => {
    await expect(importBytes('empty.txt', new Uint8Array())).rejects.toThrow('empty.txt: the file is empty (0 bytes)');
  });

  it('wraps unexpected errors into ImportError', () => {
    const run = (): never => guardImport('x.txt', () => {
      throw new TypeError('boom');
    });
    expect(run).toThrow(ImportError);
    expect(run).toThrow('x.txt: could not be imported (unexpected error: boom)');
  });
});
