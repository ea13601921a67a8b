import { describe, expect, it } from 'vitest';
import type { DocLink } from '../../src-main/contract';
import type { DocumentBody } from '../../src-shared/model/document';
import { cutAtLinks, linksByRun } from '../../src-renderer/src/lib/link-runs';

const link = (id: number, start: number, end: number, basis: DocLink['basis'] = 'text'): DocLink => ({
  id,
  start,
  end,
  text: '',
  basis,
  inFootnote: false,
  status: 'resolved',
  targets: [],
  targetRef: null,
  targetLabel: null,
  why: '',
});

describe('references in the reader', () => {
  it('cuts a text run where references found in the text begin and end', () => {
    const pieces = cutAtLinks('Your 1359 and my 5132.', 100, [link(1, 100, 109), link(2, 114, 121)]);
    expect(pieces.map((p) => [p.text, p.start, p.link?.id ?? null])).toEqual([
      ['Your 1359', 100, 1],
      [' and ', 109, null],
      ['my 5132', 114, 2],
      ['.', 121, null],
    ]);
    // A reference across two runs: each run gets its part.
    expect(cutAtLinks('Department’s', 0, [link(3, 7, 20)]).map((p) => [p.text, p.link?.id ?? null])).toEqual([
      ['Departm', null],
      ['ent’s', 3],
    ]);
    expect(cutAtLinks('plain', 40, [link(4, 0, 10)])).toEqual([{ text: 'plain', start: 40, link: null }]);
  });

  it('finds the stored link of each editors’ link run, in the body and in footnotes', () => {
    const inBody = { t: 'link' as const, target: 'd2', runs: [{ t: 'text' as const, text: 'No. 2' }] };
    const inNote = { t: 'link' as const, target: '#pg_5', runs: [{ t: 'text' as const, text: 'p. 5' }] };
    const body: DocumentBody = {
      blocks: [{ t: 'paragraph', runs: [{ t: 'text', text: 'See ' }, inBody, { t: 'text', text: '.' }] }],
      footnotes: [{ id: 'n1', label: '1', runs: [{ t: 'text', text: 'Ante, ' }, inNote] }],
    };
    // "See No. 2." then "\n\n" then "Ante, p. 5": the note's link starts at 10 + 2 + 6.
    const map = linksByRun(body, [link(7, 4, 9, 'editorial'), link(8, 18, 22, 'editorial')]);
    expect(map.get(inBody)?.id).toBe(7);
    expect(map.get(inNote)?.id).toBe(8);
  });
});
