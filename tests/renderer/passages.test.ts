import { describe, expect, it } from 'vitest';
import { paragraphs, passageFrom, sentences } from '../../src-renderer/src/lib/passages';

const TEXT = '5186. A high official spoke. He said “no.” Then left.\n\nSecond paragraph here. No. 4 follows.';
const words = (spans: Array<{ start: number; end: number }>): string[] => spans.map((s) => TEXT.slice(s.start, s.end));

describe('passages for keyboard selection', () => {
  it('splits sentences, keeping a telegram number with its first sentence, and never across paragraphs', () => {
    expect(words(sentences(TEXT, TEXT.length))).toEqual([
      '5186. A high official spoke.',
      'He said “no.”',
      'Then left.',
      'Second paragraph here.',
      'No. 4 follows.',
    ]);
  });

  it('splits paragraphs at blank lines, and finds the next passage from an offset', () => {
    const paras = paragraphs(TEXT, TEXT.length);
    expect(words(paras)).toEqual(['5186. A high official spoke. He said “no.” Then left.', 'Second paragraph here. No. 4 follows.']);
    expect(passageFrom(paras, 1)).toEqual(paras[1]);
    expect(passageFrom(paras, TEXT.length)).toBeNull();
  });
});
