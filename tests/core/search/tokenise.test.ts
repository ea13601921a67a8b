import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { foldForIndex, foldTerm } from '../../../src-shared/text/fold';
import { isWordChar, termName, termOf, tokenise } from '../../../src-main/core/search/terms';

/** The terms FTS5 itself stores for a text as the index gives it (`foldForIndex`), in order (its `porter unicode61 remove_diacritics 2` tokenizer). */
function fts5Terms(text: string): string[] {
  const db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'porter unicode61 remove_diacritics 2');
    CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance');`);
  db.prepare('INSERT INTO t (body) VALUES (?)').run(foldForIndex(text));
  const terms = (db.prepare('SELECT term FROM v ORDER BY "offset"').pluck().all() as string[]);
  db.close();
  return terms;
}

/** The rule as first written: fold the whole text, split it into runs of letters and digits, stem each. */
function wholeTextTerms(text: string): string[] {
  const folded = foldTerm(text);
  const terms: string[] = [];
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    if (i < folded.length && isWordChar(folded, i)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      terms.push(termOf(folded.slice(start, i)));
      start = -1;
    }
  }
  return terms;
}

const TRICKY = [
  'The SECRETARY of State to the Ambassador in France (Bullitt)',
  'Peace—war; “Your 1359,” he said. Sète, Göteborg and São Paulo: 1,947 ¶ § 3(b).',
  // A decomposed accent (e + U+0301) inside a word, and a mark standing alone.
  'cafe\u0301s and \u0301 alone, re\u0301sume\u0301',
  'Москва, 12 июня 1918 г.',
  // Letters FTS5 alone would keep marked (tonos, breve, diaeresis) and marks it would split a word at.
  'ΟΔΟΣ. Λόγος ΚΑΙ σοφία; Ἀθῆναι, ἱστορία',
  'Май 1918 года, Российской, ёлка',
  'كَتَبَ الرسالة and हिन्दी',
  'non\u00a0breaking\u2009spaces and tabs\tand\nlines',
  'math 𝐀𝐁𝐂 letters and the emoji 😀 between words',
  `${'x'.repeat(70)} after a word longer than porter stems`,
  'MiXeD CaSe Telegram telegrams TELEGRAPHED',
];

describe('tokenise', () => {
  it.each(TRICKY)('gives FTS5 terms for %s', (text) => {
    const t = tokenise([text]);
    expect(t.sequence.map(termName)).toEqual(wholeTextTerms(text));
    expect(t.sequence.map(termName)).toEqual(fts5Terms(text));
  });

  it('folds Greek as FTS5 is given it: tonos dropped, final sigma as sigma, though a space or a full stop stands between pieces', () => {
    const text = 'ΟΔΟΣ. Λόγος ΚΑΙ σοφία';
    expect(tokenise([text]).sequence.map(termName)).toEqual(['οδοσ', 'λογοσ', 'και', 'σοφια']);
  });

  it('lists each term once, with the first word met that gives it, and separates fields by 0', () => {
    const t = tokenise(['Telegrams from Paris', 'the TELEGRAM', 'Sète — Paris']);
    expect(t.distinct.map(termName)).toEqual(['telegram', 'from', 'pari', 'the', 'sete']);
    expect(t.words).toEqual(['telegrams', 'from', 'paris', 'the', 'sete']);
    expect(t.sequence.map(termName)).toEqual(['telegram', 'from', 'pari', '', 'the', 'telegram', '', 'sete', 'pari']);
  });

  it('lists terms again in the next call, and keeps giving the same numbers once its word cache was emptied', () => {
    const first = tokenise(['Ambassador Bullitt']).sequence;
    // More distinct words than the cache holds (262,144): it is emptied on the way.
    const many = Array.from({ length: 300_000 }, (_, i) => String(1_000_000 + i)).join(' ');
    expect(tokenise([many]).distinct.length).toBe(300_000);
    const again = tokenise(['Ambassador Bullitt', 'ambassador']);
    expect(again.sequence).toEqual([...first, 0, first[0]]);
    expect(again.distinct).toEqual(first);
  });
});
