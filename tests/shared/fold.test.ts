import { describe, expect, it } from 'vitest';
import { findHits } from '../../src-main/core/search/snippet';
import { findFolded, foldedWords, foldForIndex, foldTerm, foldWithMap } from '../../src-shared/text/fold';

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
    // Upper-case Greek ending in Σ folded whole gave final ς, character by character σ: the snippet missed it.
    for (const text of ['Sète', 'ÆRØSKØBING Œuvre', 'Σωκράτης', 'ΟΔΟΣ ΣΩΚΡΑΤΗΣ', 'Jiří Dvořák']) {
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

describe('text as the full-text index is given it', () => {
  it('leaves ASCII, dashes, curly quotes and accented Latin as they are (FTS5 folds those as we do)', () => {
    const text = 'The Department’s telegram — “most urgent” … No. 1359 from Sète, Łódź and Øresund';
    expect(foldForIndex(text)).toBe(text);
  });

  it('folds each piece between spaces holding a letter FTS5 folds otherwise, and nothing else', () => {
    expect(foldForIndex('The word σοφία (wisdom), Май 1918 and Ἀθῆναι.')).toBe('The word σοφια (wisdom), маи 1918 and αθηναι.');
    expect(foldForIndex('ΟΔΟΣ in Sète, كَتَبَ')).toBe('οδοσ in sete, كتب');
  });

  it('reads a long run without spaces once, however far the letter to fold stands from it', () => {
    const run = 'x'.repeat(200_000);
    expect(foldForIndex(`${run} Αθήνα ${run}Ωx`)).toBe(`${run} αθηνα ${run.toLowerCase()}ωx`);
  });
});
