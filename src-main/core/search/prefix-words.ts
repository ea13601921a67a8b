import type { PrefixWords } from './fts-query';
import { prefixTerms } from './match-query';
import type { TermIndex } from './term-index';
import { termOf } from './terms';

/**
 * Past this many words FTS5's own `"word"*` stands in: a prefix of three or
 * four letters (`con`) stands for hundreds of stems, and there its own stem
 * is the prefix itself, so FTS5's reading is the same but for a few stems.
 */
const MAX_WORDS = 48;

interface Sources {
  terms: TermIndex | null;
  body: { wordsStarting(prefix: string, limit: number): string[] };
}

/**
 * What FTS5 is asked for a word being typed (ranking, and matching in a
 * small library): one word for each stem the prefix stands for, ORed. With a
 * term index, the stems are `prefixTerms`' (which also decide the matches),
 * each asked by a word of the library producing it. A small library has none:
 * there the words are the unstemmed table's starting with what was typed,
 * and the word itself (its own stem).
 */
export function prefixWordsOf(index: Sources): PrefixWords {
  return (word) => {
    const terms = index.terms;
    if (terms) {
      const stems = prefixTerms(terms, word);
      if (stems.length > MAX_WORDS) return null;
      return stems.length === 0 ? [word] : stems.map((t) => terms.wordOf(t));
    }
    const found = index.body.wordsStarting(word, MAX_WORDS + 1);
    if (found.length > MAX_WORDS) return null;
    return oneWordPerStem([word, ...found]);
  };
}

/** The words, less each one whose stem an earlier one already asks for. */
function oneWordPerStem(words: readonly string[]): string[] {
  const seen = new Set<string>();
  return words.filter((w) => {
    const t = termOf(w);
    if (seen.has(t)) return false;
    seen.add(t);
    return true;
  });
}
