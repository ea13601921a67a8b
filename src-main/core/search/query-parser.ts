import { foldedWords } from '../../../src-shared/text/fold';
import { addField, emptyFilters, type FieldFilters } from './query-fields';
import { lex, type Token } from './query-lexer';
import type { NearItem } from './query-near';

/**
 * The search language, parsed into a tree. Precedence is deliberately simple:
 * OR binds tighter than the implicit AND, so `soviet oil OR petroleum` means
 * soviet AND (oil OR petroleum); parentheses group. Exclusions and fields
 * always apply to the whole query. Pure: no I/O, never throws.
 *
 * `term.exact` (typed `=word`): the word itself, folded for case and
 * diacritics but not stemmed; absent means the usual stemmed match.
 * `near` (typed `NEAR(a "b c", N)`): documents where every item stands
 * within `distance` words of the others, as FTS5's NEAR counts (at most N
 * words between the first item's end and the last item's start, in one
 * field). Its items are only `term` (not exact) and `phrase` nodes.
 */
export type QueryNode =
  | { kind: 'term'; word: string; prefix: boolean; exact?: boolean }
  | { kind: 'phrase'; words: string[] }
  | { kind: 'near'; items: QueryNode[]; distance: number }
  | { kind: 'and'; children: QueryNode[] }
  | { kind: 'or'; children: QueryNode[] };

export interface ParsedQuery {
  /** What documents must match (null: no words, every document). */
  match: QueryNode | null;
  /** Words and phrases no result may contain. */
  exclude: QueryNode[];
  filters: FieldFilters;
  /** What could not be read as written, for the user. */
  hints: string[];
  /** Positive words (folded), for highlighting, note search and ranking. */
  words: string[];
  hasOr: boolean;
}


/** A bare token like `U.S.` reads as the phrase "u s", as the index tokenised it. */
function wordNode(text: string, prefix: boolean, exact = false): QueryNode | null {
  const words = foldedWords(text);
  if (words.length === 0) return null;
  if (words.length === 1 && words[0] !== undefined) return exact ? { kind: 'term', word: words[0], prefix, exact } : { kind: 'term', word: words[0], prefix };
  return { kind: 'phrase', words };
}

function phraseNode(text: string): QueryNode | null {
  const words = foldedWords(text);
  if (words.length === 0) return null;
  return words.length === 1 && words[0] !== undefined ? { kind: 'term', word: words[0], prefix: false } : { kind: 'phrase', words };
}

/** A NEAR group of at least two items; fewer (words that fold to nothing) read as plain words. */
function nearNode(items: readonly NearItem[], distance: number, hint: (h: string) => void): QueryNode | null {
  const nodes = items.map((it) => (it.phrase ? phraseNode(it.text) : wordNode(it.text, it.star))).filter((n): n is QueryNode => n !== null);
  if (nodes.length >= 2) return { kind: 'near', items: nodes, distance };
  hint('NEAR needs two or more words or "phrases", as in NEAR(railway Harbin, 5): searched as plain words.');
  return group('and', nodes);
}

const group = (kind: 'and' | 'or', children: QueryNode[]): QueryNode | null =>
  children.length === 0 ? null : children.length === 1 ? (children[0] ?? null) : { kind, children };

class Parser {
  private at = 0;
  readonly filters = emptyFilters();
  readonly exclude: QueryNode[] = [];
  hasOr = false;
  constructor(
    private readonly tokens: Token[],
    readonly hints: string[],
  ) {}

  private hint(h: string): void {
    if (!this.hints.includes(h)) this.hints.push(h);
  }

  /** A sequence (implicit AND) up to the end or, inside a group, its `)`. */
  sequence(depth: number): QueryNode | null {
    const items: QueryNode[] = [];
    for (let tok = this.tokens[this.at]; tok !== undefined; tok = this.tokens[this.at]) {
      if (tok.t === 'close') {
        this.at++;
        if (depth > 0) return group('and', items);
        this.hint('Unbalanced ")": ignored.');
        continue;
      }
      if (tok.t === 'or') {
        this.at++;
        this.hint('OR needs a word, "phrase" or (group) on each side.');
        continue;
      }
      const node = this.orChain(depth);
      if (node) items.push(node);
    }
    if (depth > 0) this.hint('Unbalanced "(": closed at the end of the query.');
    return group('and', items);
  }

  private orChain(depth: number): QueryNode | null {
    const first = this.unary(depth);
    const alts: Array<QueryNode | null> = [first];
    while (this.tokens[this.at]?.t === 'or') {
      this.at++;
      const next = this.tokens[this.at];
      if (next === undefined || next.t === 'close' || next.t === 'or') {
        this.hint('OR needs a word, "phrase" or (group) on each side.');
        break;
      }
      alts.push(this.unary(depth));
    }
    if (alts.length === 1) return first;
    const kept = alts.filter((n): n is QueryNode => n !== null);
    if (kept.length < alts.length) this.hint('OR joins words, phrases and groups; fields and exclusions apply to all results.');
    if (kept.length > 1) this.hasOr = true;
    return group('or', kept);
  }

  /** One operand; exclusions and fields are taken aside (they apply to the whole query). */
  private unary(depth: number): QueryNode | null {
    const tok = this.tokens[this.at++];
    if (tok === undefined || tok.t === 'or' || tok.t === 'close') return null;
    if (tok.t === 'field') {
      const h = addField(this.filters, tok.name, tok.value, tok.neg);
      if (h) this.hint(h);
      return null;
    }
    const node =
      tok.t === 'open'
        ? this.sequence(depth + 1)
        : tok.t === 'phrase'
          ? phraseNode(tok.text)
          : tok.t === 'near'
            ? nearNode(tok.items, tok.distance, (h) => this.hint(h))
            : wordNode(tok.text, tok.star || tok.last, tok.exact);
    if (!tok.neg) return node;
    if (node) this.exclude.push(node);
    return null;
  }
}

function collectWords(node: QueryNode | null, out: string[]): string[] {
  if (!node) return out;
  if (node.kind === 'term') out.push(node.word);
  else if (node.kind === 'phrase') out.push(...node.words);
  else if (node.kind === 'near') for (const c of node.items) collectWords(c, out);
  else for (const c of node.children) collectWords(c, out);
  return out;
}

export function parseQuery(query: string): ParsedQuery {
  const { tokens, hints } = lex(query);
  const p = new Parser(tokens, hints);
  const match = p.sequence(0);
  if (!match && p.exclude.length > 0 && tokens.every((t) => t.t !== 'field')) {
    p.hints.push('Only exclusions: showing every document without them.');
  }
  return { match, exclude: p.exclude, filters: p.filters, hints: p.hints, words: [...new Set(collectWords(match, []))], hasOr: p.hasOr };
}
