import { describe, expect, it } from 'vitest';
import type { DocumentBody } from '../../../src-shared/model/document';
import { bodyText } from '../../../src-shared/text/plain-text';
import { findRedactions, recognise, totalExtent } from '../../../src-shared/sources/redactions';
import { describeRedaction } from '../../../src-shared/sources/describe';

const para = (text: string) => ({ t: 'paragraph' as const, runs: [{ t: 'text' as const, text }] });

describe('markers of withheld and omitted text', () => {
  it('reads the extent of the declassification markers as printed', () => {
    const text = 'He said [1½ lines of source text not declassified] and [less than 1 line of source text not declassified]; then [3 paragraphs (12 lines) of source text not declassified]. [text not declassified]';
    const found = recognise(text);
    expect(found.map((r) => [r.kind, r.extent])).toEqual([
      ['not declassified', { quantity: 1.5, unit: 'lines' }],
      ['not declassified', { quantity: 1, unit: 'lines', lessThan: true }],
      ['not declassified', { quantity: 3, unit: 'paragraphs', lines: 12 }],
      ['not declassified', undefined],
    ]);
    expect(found.map((r) => text.slice(r.start, r.end))).toEqual(found.map((r) => r.text));
    expect(totalExtent(found)).toEqual({ lines: 14.5 });
    const first = found[0];
    if (!first) throw new Error('no marker');
    expect(describeRedaction(first)).toBe('Still withheld: source text not declassified — 1½ lines');
  });

  it('reads the editors’ omissions as the 1918 and 1936 volumes print them', () => {
    expect(recognise('[Here follow 28 pages of discussion.]')[0]).toMatchObject({ kind: 'omitted', extent: { quantity: 28, unit: 'pages' } });
    expect(recognise('reads substantially as follows: [Here follow paragraphs 2 to 14 of telegram sent to Heid]')[0]?.kind).toBe('omitted');
    expect(recognise('[Here follow the last three paragraphs of the communication]')[0]?.extent).toEqual({ quantity: 3, unit: 'paragraphs' });
    expect(recognise('to approach him. . . . . . . . Respectfully yours,')[0]).toMatchObject({ kind: 'omitted', text: '. . . . . . . .' });
    expect(recognise('Attached but not printed.')[0]?.kind).toBe('not printed');
  });

  it('tells a group garbled in transmission from text the editors withheld', () => {
    expect(recognise('Since your [omission] nothing from Moscow')[0]?.kind).toBe('garbled');
    expect(recognise('from [garbled group] military')[0]?.kind).toBe('garbled');
  });

  it('does not take a sentence-ending ellipsis or an ordinary bracket for a marker', () => {
    expect(recognise('Situation is critical . . . . Our method')).toEqual([]);
    expect(recognise('[Received August 15, 9.45 a.m.] [Telegram]')).toEqual([]);
  });

  it('gives offsets in the walker’s text and names the footnote a marker stands in', () => {
    const body: DocumentBody = {
      blocks: [para('First paragraph.'), para('Asked by Mr. Hatch [… 10 words] to police the town.')],
      footnotes: [{ id: 'n1', label: '1', runs: [{ t: 'text', text: 'Marked N. [1 line of source text not declassified]' }] }],
    };
    const found = findRedactions(body);
    expect(found.map((r) => [r.kind, r.footnote])).toEqual([['gap', undefined], ['not declassified', '1']]);
    const text = bodyText(body);
    const gap = found[0];
    expect(gap && text.slice(gap.start, gap.end)).toBe('[… 10 words]');
  });
});
