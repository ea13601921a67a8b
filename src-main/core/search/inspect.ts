import type { InspectedFilter, InspectedTerm, QueryInspection } from '../../contract';
import type { Db } from '../db/open-database';
import { andInto, andNotInto, countIds, toIds, type Bitset } from './bitset';
import { explainZero } from './explain-zero';
import { buildFilter, mergeFilters, type FilterContext, type RequestFilters } from './filters';
import { splitFilters } from './inspect-filters';
import { evaluate, type MatchDeps } from './match-query';
import { nearestWords } from './nearest-terms';
import { createPrefixCounter } from './prefix-count';
import { prefixWordsOf } from './prefix-words';
import { conjunctsOf, isExact, leavesOf, type Leaf } from './query-leaves';
import { emptyFilters } from './query-fields';
import { parseQuery, type QueryNode } from './query-parser';
import type { SearchIndex } from './search-index';
import { createFormFinder, splitForms } from './term-forms';
import { termOf } from './terms';
import { unknownSetProblem } from '../saved/set-members';

export interface InspectRequest extends RequestFilters {
  query: string;
}

interface Deps {
  db: Db;
  index: SearchIndex;
}

/**
 * What a query became, for the inspector under the search box. Every count
 * comes from the sets search itself evaluates (term index, else FTS5), so a
 * chip's number is the number of documents the term alone would find.
 */
export function createInspector({ db, index }: Deps) {
  const formsOf = createFormFinder(db);
  const expansions = createPrefixCounter(db, index);
  const titles = db.prepare('SELECT id, title FROM collections');
  const filterContext = (): FilterContext => ({
    db,
    store: index.store,
    collectionTitles: () => new Map((titles.all() as Array<{ id: string; title: string }>).map((r) => [r.id, r.title])),
  });
  const matchDeps = (): MatchDeps => ({
    terms: index.terms,
    ftsIds: (expr) => index.body.matches(expr),
    exactIds: (expr) => index.body.exactMatches(expr),
    capacity: index.store.present.length,
    prefixWords: prefixWordsOf(index),
  });
  /** Documents of the library holding the node (the present ones), each node evaluated once per query (a leaf is often a conjunct too). */
  const counter = (deps: MatchDeps) => {
    const seen = new Map<QueryNode, Bitset>();
    return (node: QueryNode): Bitset => {
      let docs = seen.get(node);
      if (!docs) seen.set(node, (docs = andInto(evaluate(node, deps), index.store.presentSet)));
      return docs;
    };
  };

  const describe = (leaf: Leaf, docs: Bitset): InspectedTerm => {
    const { node, joined, excluded, within } = leaf;
    const base = { joined, excluded, docs: countIds(docs), ...(within === undefined ? {} : { within }) };
    if (node.kind === 'phrase') return { ...base, kind: 'phrase', typed: node.words.join(' '), searched: node.words.map(termOf).join(' ') };
    if (isExact(node)) return { ...base, kind: 'exact', typed: node.word, searched: node.word };
    const searched = termOf(node.word);
    // A word being typed is a prefix of its stem: `containment` as typed reaches `contained` just the same.
    const stemmed = !node.prefix || searched !== node.word ? splitForms(node.word, formsOf(searched, () => toIds(docs), index.store.size)) : { forms: [], broader: [] };
    const found = { ...(stemmed.forms.length > 0 ? { forms: stemmed.forms } : {}), ...(stemmed.broader.length > 0 ? { broader: { forms: stemmed.broader } } : {}) };
    // A word being typed stands for the words starting as typed, and its own stem's forms (`prefix-words.ts`).
    if (node.prefix) return { ...base, kind: 'prefix', typed: node.word, searched: `${node.word}*`, expands: expansions(node.word), ...found };
    return { ...base, kind: 'word', typed: node.word, searched, ...found };
  };

  const yearSpan = (ids: Int32Array): [number, number] | null => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const id of ids) {
      const y = index.store.year(id);
      if (y > 0) [lo, hi] = [Math.min(lo, y), Math.max(hi, y)];
    }
    return lo <= hi ? [lo, hi] : null;
  };

  // The person facet's choice is the person's id: shown by the name the index gives it.
  const personName = db.prepare(`SELECT name FROM person_entries WHERE person_id = ? ORDER BY source = 'inferred', doc_id IS NULL, id LIMIT 1`).pluck();
  const personNamed = <F extends InspectedFilter>(f: F): F =>
    f.field === 'person' && /^\d+$/.test(f.value) ? { ...f, value: (personName.get(Number(f.value)) as string | undefined) ?? f.value } : f;

  const suggest = (typed: string): string[] =>
    nearestWords(typed, (term) => (index.terms && !index.terms.has(term) ? 0 : index.documentFrequency(term)));

  /** `set:` naming no working set: the inspector and the zero-result explanation say so, and name the sets there are. */
  const withProblem = (f: InspectedFilter): InspectedFilter => {
    const problem = f.field === 'set' ? unknownSetProblem(db, f.value) : null;
    return problem ? { ...f, problem } : f;
  };

  return {
    inspect(req: InspectRequest): QueryInspection {
      const q = parseQuery(req.query);
      const docsOf = counter(matchDeps());
      const leaves = [...(q.match ? leavesOf(q.match, false) : []), ...q.exclude.flatMap((ex) => leavesOf(ex, true))];
      const terms = leaves.map((leaf) => describe(leaf, docsOf(leaf.node)));
      const parts = [...splitFilters(q.filters, true), ...splitFilters(mergeFilters(emptyFilters(), req), false)];
      const ctx = filterContext();
      const present = toIds(index.store.presentSet);
      const passing = (pred: ((id: number) => boolean) | null, ids: Int32Array): number => (pred ? ids.reduce((n, id) => (pred(id) ? n + 1 : n), 0) : ids.length);
      const preds = parts.map((p) => (p.only ? buildFilter(ctx, p.only) : null));
      const filters = parts.map((p, i) => withProblem(p.only ? { ...p.filter, docs: passing(preds[i] ?? null, present) } : p.filter)).map(personNamed);

      const conjuncts = q.match ? conjunctsOf(q.match).map((node) => ({ node, docs: docsOf(node) })) : [];
      const matched = index.store.presentSet.slice();
      for (const c of conjuncts) andInto(matched, c.docs);
      const kept = matched.slice();
      for (const ex of q.exclude) andNotInto(kept, docsOf(ex));
      const all = buildFilter(ctx, mergeFilters(q.filters, req));
      const keptIds = toIds(kept);
      const total = passing(all, keptIds);
      const asked = terms.length > 0 || parts.some((p) => p.only !== null);
      if (total > 0 || !asked || q.filters.scope === 'notes') return { query: req.query, terms, filters, total };
      const withKeeps = parts.flatMap((p, i) => (p.only ? [{ ...(filters[i] ?? p.filter), keeps: passing(preds[i] ?? null, keptIds) }] : []));
      const zero = explainZero({ terms, conjuncts, matched, kept, filters: withKeeps, suggest, years: yearSpan(keptIds) });
      return { query: req.query, terms, filters, total, zero };
    },
  };
}

export type Inspector = ReturnType<typeof createInspector>;
