import { describe, expect, it } from 'vitest';
import { makeSnippet } from '../../../src-main/core/search/snippet';
import { marksOf } from '../../../src-main/core/search/match-marks';
import { parseQuery } from '../../../src-main/core/search/query-parser';

const snippet = (text: string, query: string) => makeSnippet(text, marksOf(parseQuery(query).match));
const marked = (s: { text: string; highlights: Array<[number, number]> }): string[] => s.highlights.map(([a, b]) => s.text.slice(a, b));

describe('a snippet of plain words is centred on the first word that matched', () => {
  const filler = (n: number): string => Array.from({ length: n }, (_, i) => `paragraph${i % 7 === 0 ? '' : 'x'} text`).join(' ');

  it('the earliest match of any query word, not the first word of the query', () => {
    const text = `${filler(50)} the Legation reported. ${filler(50)} a railway strike. ${filler(50)}`;
    const s = snippet(text, 'railway legation');
    expect(s.text).toContain('the Legation reported');
    expect(marked(s)).toEqual(['Legation']);
  });

  it('a word standing only far into a long text (past its first 16,000 characters) is still found', () => {
    const text = `${filler(2500)} Vladivostok was quiet. ${filler(20)}`;
    expect(text.indexOf('Vladivostok')).toBeGreaterThan(16_000);
    const s = snippet(text, 'vladivostok');
    expect(s.text.startsWith('…')).toBe(true);
    expect(marked(s)).toEqual(['Vladivostok']);
  });

  it('other forms of the word and accented spellings match as in the index', () => {
    const s = snippet(`${filler(60)} the Ministers met at Sète. ${filler(10)}`, 'minister sete');
    expect(marked(s)).toEqual(['Ministers', 'Sète']);
  });

  it('a phrase query stands at the first place the words stand together, not where they stand apart before it', () => {
    const text = `${filler(40)} the Secretary wrote that the State would wait. ${filler(60)} the Secretary of State replied. ${filler(20)}`;
    const s = snippet(text, '"Secretary of State"');
    expect(s.text).toContain('the Secretary of State replied');
    expect(marked(s)).toEqual(['Secretary of State']);
  });

  it('with a phrase and a word, the phrase decides where the snippet stands', () => {
    const text = `${filler(40)} a railway bridge. ${filler(60)} the Trans-Siberian Railway line. ${filler(20)}`;
    const s = snippet(text, 'bridge "Siberian Railway"');
    expect(s.text).toContain('Trans-Siberian Railway line');
    expect(marked(s)).toContain('Siberian Railway');
  });
});
