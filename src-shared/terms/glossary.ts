import type { Block, DocumentBody, Inline } from '../model/document';
import { inlineText } from '../text/plain-text';

/**
 * Terms and abbreviations of a FRUS volume. The importer keeps a term of the
 * volume's terms list (`<term xml:id="t_NODIS1">`) and each citation of one
 * (`<gloss target="#t_NODIS1">`) as a `link` inline whose target is `#t_…`:
 * a definition is a list item that begins with one, a citation any other.
 */
export interface TermDefinition {
  /** The list's id, without '#': 't_NODIS1'. */
  id: string;
  /** As the list prints it: 'NODIS'. */
  term: string;
  /** What it stands for: 'No Distribution (other than to persons indicated)'. */
  expansion: string;
}

const TERM_LINK = /^#(t_[\w.-]+)$/;

/** The term id a link target names ('#t_NODIS1' → 't_NODIS1'), if it names one. */
export function termIdOf(target: string): string | undefined {
  return TERM_LINK.exec(target)?.[1];
}

/** Where a list item's defined term is: its first run with content, when that is a link to a term. */
function definitionAt(item: readonly Inline[]): number {
  const at = item.findIndex((r) => r.t !== 'text' || r.text.trim() !== '');
  const first = item[at];
  return first?.t === 'link' && termIdOf(first.target) !== undefined ? at : -1;
}

/** A list item "NODIS, No Distribution": the term, then its expansion after the comma. */
function definitionOf(item: readonly Inline[]): TermDefinition | undefined {
  const at = definitionAt(item);
  const first = item[at];
  const id = first?.t === 'link' ? termIdOf(first.target) : undefined;
  if (first?.t !== 'link' || id === undefined) return undefined;
  const expansion = inlineText(item.slice(at + 1)).replace(/^[\s,:;.—–-]+/, '').replace(/\s+/g, ' ').trim();
  return { id, term: inlineText(first.runs).trim(), expansion };
}

function listsOf(blocks: readonly Block[], out: Inline[][][]): void {
  for (const b of blocks) {
    if (b.t === 'list') out.push(b.items);
    else if (b.t === 'quote' || b.t === 'section') listsOf(b.blocks, out);
  }
}

/** The terms a body defines, in list order; an id defined again is left out (the importer reports it). */
export function termDefinitions(body: DocumentBody): TermDefinition[] {
  const lists: Inline[][][] = [];
  listsOf(body.blocks, lists);
  const seen = new Set<string>();
  const out: TermDefinition[] = [];
  for (const items of lists) {
    for (const item of items) {
      const d = definitionOf(item);
      if (d && !seen.has(d.id)) {
        seen.add(d.id);
        out.push(d);
      }
    }
  }
  return out;
}

function citedIn(runs: readonly Inline[], out: Map<string, number>): void {
  for (const r of runs) {
    if (r.t !== 'link') continue;
    const id = termIdOf(r.target);
    if (id !== undefined) out.set(id, (out.get(id) ?? 0) + 1);
    citedIn(r.runs, out);
  }
}

function citedInBlocks(blocks: readonly Block[], out: Map<string, number>): void {
  for (const b of blocks) {
    if (b.t === 'paragraph' || b.t === 'heading') citedIn(b.runs, out);
    else if (b.t === 'list') for (const item of b.items) citedIn(item.slice(definitionAt(item) + 1), out);
    else if (b.t === 'table') for (const row of b.rows) for (const cell of row) citedIn(cell, out);
    else if (b.t === 'quote') citedInBlocks(b.blocks, out);
    else if (b.t === 'section') {
      if (b.title) citedIn(b.title, out);
      citedInBlocks(b.blocks, out);
    }
  }
}

/** The terms a body cites (text and footnotes) and how often; a list's own definitions are not citations. */
export function termCitations(body: DocumentBody): Map<string, number> {
  const out = new Map<string, number>();
  citedInBlocks(body.blocks, out);
  for (const n of body.footnotes) citedIn(n.runs, out);
  return out;
}
