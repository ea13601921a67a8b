import type { PrefixWords } from './fts-query';
import { prefixTerms } from './match-query';
import { SHORT_PREFIX } from './short-prefix';
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
 * A word held by more than this share of the library adds little to a
 * ranking (its idf is under 2.2, a rare word's is 8 or more) but costs a pass
 * over its documents' positions the first time it is scored: 0.2–0.4 s
 * each at 300,000 documents.
 */
const COMMON_SHARE = 0.1;

/**
 * What FTS5 is asked for a word being typed (ranking, and matching in a
 * small library): one word for each stem the prefix stands for, ORed. With a
 * term index, the stems are `prefixTerms`' (which also decide the matches),
 * each asked by a word of the library producing it. A small library has none:
 * there the words are the unstemmed table's starting with what was typed,
 * and the word itself (its own stem). Made per query: the library may change
 * between two.
 */
export function prefixWordsOf(index: Sources): PrefixWords {
  // One query asks for the same word more than once (matching, ranking): each is worked out once.
  const asked = new Map<string, readonly string[] | null>();
  return (word) => {
    if (!asked.has(word)) asked.set(word, wordsFor(index, word));
    return asked.get(word) ?? null;
  };
}

/**
 * What ranking asks FTS5 for a word being typed: its own stem, and the
 * other words it may be the start of that are not common (a few letters
 * typed stand for words of every frequency, and each new start was a new
 * set of common words to score: 0.5–2.5 s at the first letters of a word, at
 * 300,000 documents). Null when nothing is worth scoring, or for one or two
 * letters.
 */
export function rankedPrefixWords(words: PrefixWords, documents: number, frequency: (term: string) => number): PrefixWords {
  return (word) => {
    if (word.length <= SHORT_PREFIX) return null;
    const own = termOf(word);
    const kept = words(word)?.filter((w) => termOf(w) === own || frequency(termOf(w)) <= COMMON_SHARE * documents) ?? [];
    return kept.length > 0 ? kept : null;
  };
}

function wordsFor(index: Sources, word: string): readonly string[] | null {
  // One or two letters: FTS5 leaves so short a word unstemmed, so its own `"ja"*` means what was typed.
  if (word.length <= SHORT_PREFIX) return null;
  const terms = index.terms;
  if (terms) {
    const stems = prefixTerms(terms, word);
    if (stems.length > MAX_WORDS) return null;
    return stems.length === 0 ? [word] : stems.map((t) => terms.wordOf(t));
  }
  const found = index.body.wordsStarting(word, MAX_WORDS + 1);
  if (found.length > MAX_WORDS) return null;
  return oneWordPerStem([word, ...found]);
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
