import { describe, expect, it } from 'vitest';
import type { Snippet } from '../../../src-main/contract';
import { corpusLibrary } from './corpus-library';

const marked = (s: Snippet): string[] => s.highlights.map(([a, b]) => s.text.slice(a, b));

describe('snippets show what matched (corpus volumes)', () => {
  const lib = corpusLibrary();
  const hits = (query: string): Snippet[] => lib.core().search.search({ query, limit: 50, scope: 'documents' }).hits.map((h) => h.snippet);

  it('a phrase query: the snippet holds the phrase, highlighted as one unit (not "the" and "of" wherever they stand)', () => {
    const snippets = hits('"punishment of the"');
    expect(snippets.length).toBeGreaterThan(3);
    for (const s of snippets) {
      expect(s.text.toLowerCase()).toContain('punishment of the');
      expect(marked(s).map((m) => m.toLowerCase())).toEqual(['punishment of the']);
    }
  });

  it('a NEAR query: the snippet shows the window holding the near words, highlighted', () => {
    const snippets = hits('NEAR(railway Harbin, 5)');
    expect(snippets.length).toBeGreaterThan(3);
    for (const s of snippets) {
      const words = marked(s).map((m) => m.toLowerCase());
      expect(words.some((w) => w.startsWith('railway'))).toBe(true);
      expect(words).toContain('harbin');
      // The first two marks are the window: within 5 words of each other.
      const [a, b] = s.highlights;
      if (!a || !b) throw new Error('no window');
      expect(s.text.slice(a[1], b[0]).match(/[\p{L}\p{N}]+/gu)?.length ?? 0).toBeLessThanOrEqual(5);
    }
  });

  it('a NEAR query with a phrase highlights the phrase as one unit beside the word', () => {
    const [s] = hits('NEAR("Foreign Affairs" Omsk, 5)');
    if (!s) throw new Error('no hit');
    expect(marked(s)).toEqual(expect.arrayContaining(['Foreign Affairs', 'Omsk']));
  });

  it('=word highlights only the exact word, stemmed words every form', () => {
    for (const s of hits('=contained')) expect(marked(s).map((m) => m.toLowerCase()).every((m) => m === 'contained')).toBe(true);
    const forms = new Set(hits('contained ').flatMap(marked).map((m) => m.toLowerCase()));
    expect([...forms]).toEqual(expect.arrayContaining(['contain', 'contained', 'containing']));
  });

  it('plain words are still highlighted wherever they stand in the window', () => {
    const [s] = hits('Vladivostok railway ');
    if (!s) throw new Error('no hit');
    expect(marked(s).length).toBeGreaterThan(0);
    expect(marked(s).every((m) => /^(vladivostok|railway)/i.test(m))).toBe(true);
  });
});
