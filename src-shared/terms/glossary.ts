import type { DocumentBody, Inline } from '../model/document';
import { entryAt, listEntries, referenceLinks } from '../model/list-entries';
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
const definitionAt = (item: readonly Inline[]): number => entryAt(item, (t) => termIdOf(t) !== undefined);

/** A list item "NODIS, No Distribution": the term, then its expansion after the comma. */
function definitionOf(item: readonly Inline[]): TermDefinition | undefined {
  const at = definitionAt(item);
  const first = item[at];
  const id = first?.t === 'link' ? termIdOf(first.target) : undefined;
  if (first?.t !== 'link' || id === undefined) return undefined;
  const expansion = inlineText(item.slice(at + 1)).replace(/^[\s,:;.—–-]+/, '').replace(/\s+/g, ' ').trim();
  return { id, term: inlineText(first.runs).trim(), expansion };
}

/** The terms a body defines, in list order; an id defined again is left out (the importer reports it). */
export function termDefinitions(body: DocumentBody): TermDefinition[] {
  return listEntries(body, definitionOf);
}

/** The terms a body cites (text and footnotes) and how often; a list's own definitions are not citations. */
export function termCitations(body: DocumentBody): Map<string, number> {
  const out = new Map<string, number>();
  referenceLinks(body, definitionAt, (r) => {
    const id = termIdOf(r.target);
    if (id !== undefined) out.set(id, (out.get(id) ?? 0) + 1);
  });
  return out;
}
