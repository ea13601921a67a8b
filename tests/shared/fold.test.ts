import { describe, expect, it } from 'vitest';
import { findHits } from '../../src-main/core/search/snippet';
import { findFolded, foldedWords, foldTerm, foldWithMap } from '../../src-shared/text/fold';

const shown = (text: string, spans: ReadonlyArray<[number, number]>): string[] => spans.map(([s, e]) => text.slice(s, e));

describe('accent folding with its position map', () => {
  it('ignores case and diacritics, and maps matches back to the original text', () => {
    const text = 'Les Préfectures — PREFECTURES, préfectures.';
    expect(shown(text, findFolded(foldWithMap(text), 'prefectures'))).toEqual(['Préfectures', 'PREFECTURES', 'préfectures']);
  });

  it('keeps offsets right after characters that fold to several, or to none', () => {
    const text = 'İstanbul, Straße, Se\u0300te and ﬁnally Moscow';
    const folded = foldWithMap(text);
    expect(folded.map).toHaveLength(folded.text.length + 1);
    expect(folded.map.at(-1)).toBe(text.length);
    expect(shown(text, findFolded(folded, 'moscow'))).toEqual(['Moscow']);
    expect(shown(text, findFolded(folded, 'SÈTE'))).toEqual(['Se\u0300te']);
  });

  it('matches a space in the query across a line break or a non-breaking space', () => {
    const text = 'Interior\nMinistry, Interior\u00a0Ministry';
    expect(findFolded(foldWithMap(text), 'interior   ministry')).toEqual([[0, 17], [19, text.length]]);
  });

  it('folds a text whole as it folds it piece by piece, so search and find agree', () => {
    for (const text of ['Sète', 'ÆRØSKØBING Œuvre', 'Σωκράτης', 'Jiří Dvořák']) {
      expect(foldWithMap(text).text).toBe(foldTerm(text));
    }
    expect(foldedWords('Sète, 1947 — Jiří')).toEqual(['sete', '1947', 'jiri']);
  });

  it('puts a search snippet’s highlight where find in the document puts it', () => {
    const text = 'The préfet of Sète wrote to the Préfecture.';
    const found = findFolded(foldWithMap(text), 'prefet');
    expect(findHits(text, foldedWords('PRÉFET'))).toEqual(found);
  });
});
