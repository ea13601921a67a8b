import type { DocSuggestion, DocSuggestions } from '../../contract';
import type { Db } from '../db/open-database';
import type { DocStore } from './doc-store';
import type { SearchIndex } from './search-index';
import { parseSuggestTerms, type SuggestTerm } from './suggest-terms';

type Test = (id: number) => boolean;

interface SuggestionRow extends DocSuggestion {
  volume: string | null;
}

/** Does a sender's or recipient's name have a word starting with `word`? Per document, through the facet dictionaries. */
function personTest(store: DocStore, word: string): Test {
  const senders = store.dicts.sender.matching(word);
  const recipients = store.dicts.recipient.matching(word);
  const anySender = senders.some(Boolean);
  const anyRecipient = recipients.some(Boolean);
  return (id) => (anySender && store.hasAny('sender', id, senders)) || (anyRecipient && store.hasAny('recipient', id, recipients));
}

/**
 * The `[[` autocomplete: documents matching every typed term, oldest first,
 * with what tells look-alike titles apart (number, date, volume). Candidates
 * come from the in-memory index (titles, the facet store's people and dates);
 * document numbers from SQLite, read once per library change when digits are typed.
 */
export function createDocSuggest({ db, index }: { db: Db; index: SearchIndex }) {
  const numberRows = db.prepare('SELECT id, number FROM documents WHERE number IS NOT NULL');
  /** Document numbers, read once per change of the library (a scan of the documents table per keystroke is slow at 100,000). */
  let numbered: { store: DocStore; version: number; rows: Array<{ id: number; number: string }> } | null = null;
  const numberList = (): Array<{ id: number; number: string }> => {
    const store = index.store;
    if (numbered?.store !== store || numbered.version !== store.version) {
      numbered = { store, version: store.version, rows: numberRows.all() as Array<{ id: number; number: string }> };
    }
    return numbered.rows;
  };
  const numbers = (digits: string): Set<number> => new Set(numberList().flatMap((r) => (r.number.startsWith(digits) ? [r.id] : [])));
  const exactly = (digits: string): number[] => numberList().flatMap((r) => (r.number === digits ? [r.id] : []));
  const rowsOf = db.prepare(`
    SELECT d.id, d.title, d.date_start AS date, d.number, c.title AS volume
    FROM documents d LEFT JOIN collections c ON c.id = d.collection_id
    WHERE d.id IN (SELECT value FROM json_each(?))`);

  const titleWords = (word: string): Set<number> => new Set(index.lookup('title', word));

  const testOf = (store: DocStore, t: SuggestTerm): Test => {
    const key = (id: number): number => store.dateKey[id] ?? 0;
    switch (t.kind) {
      case 'date':
        return (id) => key(id) >= t.range.min && key(id) <= t.range.max;
      case 'year': {
        const nums = numbers(t.text);
        const titles = titleWords(t.text);
        return (id) => store.year(id) === t.year || nums.has(id) || titles.has(id);
      }
      case 'number': {
        const nums = numbers(t.digits);
        const titles = titleWords(t.digits);
        return (id) => nums.has(id) || titles.has(id);
      }
      case 'word': {
        const titles = titleWords(t.word);
        const people = personTest(store, t.word);
        return (id) => titles.has(id) || people(id);
      }
    }
  };

  return {
    /** Up to `limit` documents matching every term of `typed`, oldest first, and how many match in all. */
    suggest(typed: string, limit = 20): DocSuggestions {
      const terms = parseSuggestTerms(typed);
      if (terms.length === 0) return { total: 0, items: [] };
      const store = index.store;
      const tests = terms.map((t) => testOf(store, t));
      // "No. 12" means document 12 before 120–129: exact numbers lead, the rest follow by date.
      const digits = terms.flatMap((t) => (t.kind === 'number' ? [t.digits] : t.kind === 'year' ? [t.text] : []));
      const exact = new Set(digits.flatMap(exactly));
      const lead: number[] = [];
      const rest: number[] = [];
      let total = 0;
      for (const id of store.dateOrder()) {
        if (!tests.every((test) => test(id))) continue;
        total++;
        if (exact.has(id)) lead.push(id);
        else if (rest.length < limit) rest.push(id);
      }
      const ids = [...lead, ...rest].slice(0, limit);
      const rows = new Map((rowsOf.all(JSON.stringify(ids)) as SuggestionRow[]).map((r) => [r.id, r]));
      const items = ids.flatMap((id) => {
        const r = rows.get(id);
        return r ? [{ id: r.id, title: r.title, date: r.date, number: r.number, volume: r.volume }] : [];
      });
      return { total, items };
    },
  };
}

export type DocSuggest = ReturnType<typeof createDocSuggest>;
