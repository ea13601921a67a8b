import type { Db } from '../db/open-database';
import type { SearchIndex } from '../search/search-index';
import { termName, tokenise } from '../search/terms';
import type { Asked, Found } from './found';
import { WEIGHTS } from './weights';

/** The document's most distinctive terms looked up: enough to tell a subject, few enough to stay fast. */
const TOP_TERMS = 20;
/**
 * A term in more than this share of the library is passed over: its idf is
 * low (it would rank last anyway) and its document list is long to read.
 */
const MAX_SHARE = 0.02;
const MIN_MAX_DF = 50;
/** Below this share of the document's term weight in common, the texts are not called similar. */
const MIN_SIMILARITY = 0.25;
const KEEP = 30;
/** Words shown as the reason's detail. */
const SHOWN_WORDS = 6;

interface Term {
  word: string;
  weight: number;
}

/**
 * Similar text, a tf-idf measure over the search index that never reads
 * other documents' text: the open document's terms are weighed by
 * (1 + ln tf) × idf (idf = ln(N / df), df from the FTS5 vocabulary), its
 * TOP_TERMS heaviest terms are looked up in FTS5, and each document holding
 * some of them scores the share of their weight it holds (1 for a document
 * holding them all). This is the cosine of the two documents' vectors cut
 * to the open document's top terms, with the other document's side taken as
 * present/absent; a near-duplicate scores close to 1. The cost is bounded by
 * TOP_TERMS lists of at most MAX_SHARE of the library each.
 */
export function createSimilarText(db: Db, index: SearchIndex) {
  const textOf = db.prepare('SELECT title, plain_text AS text FROM documents WHERE id = ?');
  /**
   * From the term index's vocabulary when the library keeps one (5,000
   * documents and more): FTS5's vocabulary counts a term's documents by
   * reading its list, about a millisecond a term at 10,000 documents, and a
   * document has hundreds of terms. Its counts may run high after
   * re-imports, which only lowers a term's idf a little.
   */
  const documentFrequency = (term: string): number => index.terms?.documentFrequency(term) ?? index.body.documentFrequency(term);

  /** The document's TOP_TERMS heaviest terms that another document shares and not too many do. */
  const topTerms = (id: number): Term[] => {
    const row = textOf.get(id) as { title: string; text: string } | undefined;
    if (!row) return [];
    const tokens = tokenise([row.title, row.text]);
    const tf = new Map<number, number>();
    for (const n of tokens.sequence) if (n !== 0) tf.set(n, (tf.get(n) ?? 0) + 1);
    const n = Math.max(1, index.store.size);
    const maxDf = Math.max(MIN_MAX_DF, MAX_SHARE * n);
    const terms: Term[] = [];
    tokens.distinct.forEach((num, i) => {
      const term = termName(num);
      // Numbers alone (dates, sums, telegram numbers) are perturbed copies more than shared subjects.
      if (term.length < 3 || /^\d+$/.test(term)) return;
      const df = documentFrequency(term);
      if (df < 2 || df > maxDf) return;
      terms.push({ word: tokens.words[i] ?? term, weight: (1 + Math.log(tf.get(num) ?? 1)) * Math.log(n / df) });
    });
    return terms.sort((a, b) => b.weight - a.weight).slice(0, TOP_TERMS);
  };

  return (asked: Asked): Found[] => {
    const terms = topTerms(asked.id);
    const total = terms.reduce((s, t) => s + t.weight, 0);
    if (total === 0) return [];
    const score = new Map<number, number>();
    const shared = new Map<number, string[]>();
    for (const t of terms) {
      for (const id of index.body.matches(`"${t.word.replace(/"/g, '""')}"`) ?? []) {
        if (id === asked.id || !asked.inScope(id)) continue;
        score.set(id, (score.get(id) ?? 0) + t.weight);
        const words = shared.get(id);
        if (words) words.push(t.word);
        else shared.set(id, [t.word]);
      }
    }
    return [...score]
      .map(([id, s]) => ({ id, share: s / total }))
      .filter((d) => d.share >= MIN_SIMILARITY)
      .sort((a, b) => b.share - a.share || a.id - b.id)
      .slice(0, KEEP)
      .map(({ id, share }) => {
        const words = shared.get(id) ?? [];
        const more = words.length > SHOWN_WORDS ? ` and ${words.length - SHOWN_WORDS} more` : '';
        return {
          id,
          reason: {
            kind: 'similar-text',
            label: `Similar text (${Math.round(share * 100)}%)`,
            detail: `distinctive words in common: ${words.slice(0, SHOWN_WORDS).join(', ')}${more}`,
            weight: WEIGHTS.similarText * share,
          },
        };
      });
  };
}
