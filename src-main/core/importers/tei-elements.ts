/**
 * What the TEI document builder does with each element inside a document,
 * by its local name. An element in none of these tables is one it does not
 * know: its text is kept, and the import report says so.
 */
import type { ParagraphRole } from '../../../src-shared/model/document';
import type { Warn, WarningInput } from './warnings';

/** Paragraph-like elements: [role, may contain blocks]. A Map, so that `<constructor>` is just an element. */
export const PARAGRAPHS = new Map<string, [ParagraphRole | undefined, boolean]>([
  ['p', [undefined, true]], ['ab', [undefined, true]],
  ['opener', ['opener', true]], ['closer', ['closer', true]],
  ['salute', ['salute', false]], ['address', ['address', false]], ['addrLine', ['address', false]],
  ['byline', [undefined, false]], ['docAuthor', [undefined, false]], ['trailer', [undefined, false]],
  ['lg', [undefined, false]], ['l', [undefined, false]], ['argument', [undefined, false]], ['epigraph', [undefined, false]],
]);

/** Block containers that add nothing of their own: their blocks join the enclosing ones. */
export const PLAIN_CONTAINERS = new Set(['div', 'body', 'text', 'group', 'floatingText', 'front', 'back']);

/** Elements whose text is not part of the document (running heads, page furniture). */
export const SUPPRESSED = new Set(['fw', 'teiHeader', 'facsimile']);

/** Elements that make blocks (flattened to lines inside a table cell or footnote). */
export const STRUCTURAL = new Set([
  'head', 'dateline', 'signed', 'attachment', 'postscript', 'list', 'item', 'label', 'table', 'row', 'cell',
]);

/**
 * Phrase-level elements whose text is all that is wanted (with the marks of
 * their `rend`): names, titles, foreign words, editorial spans.
 */
export const PHRASES = new Set([
  'hi', 'emph', 'foreign', 'title', 'seg', 'orgName', 'name', 'rs', 'term', 'abbr', 'expan', 'num',
  'measure', 'time', 'q', 'said', 'mentioned', 'soCalled', 'distinct', 'unclear', 'supplied', 'figure', 'figDesc',
]);

/** Elements with content the library cannot hold (it holds text): left out, and the report says so. */
export const SKIPPED = new Map<string, string>([
  ['graphic', 'an image (<graphic>) is not imported: the library holds text only'],
  ['media', 'a media file (<media>) is not imported: the library holds text only'],
  ['binaryObject', 'embedded binary data (<binaryObject>) is not imported'],
]);

/** The warning an element not built into blocks calls for: none for a known phrase. */
export function phraseWarning(name: string): WarningInput | undefined {
  const skipped = SKIPPED.get(name);
  if (skipped !== undefined) return { code: 'skipped-content', key: name, message: skipped };
  if (PHRASES.has(name)) return undefined;
  return { code: 'unknown-element', key: name, message: `<${name}> is not an element Chancery knows: its text is kept, as plain text` };
}

/** A document (and a line in it), as warnings name it. */
export type Where = Pick<WarningInput, 'documentId' | 'documentNumber' | 'line'>;

/** What a document tells its volume while it is built. */
export interface DocNotices {
  warn: Warn;
  /** A link to the volume's document `target`, found in the document `from`. */
  link(target: string, from: Where): void;
  /** A term of the volume's terms list defined (`<term xml:id>`) or cited (`<gloss target="#t_…">`). */
  termDefined?(id: string, at: Where): void;
  termCited?(id: string, from: Where): void;
  /** A person of the volume's persons list (`<persName xml:id="p_…">`), or a name linked to one (`corresp`, as written). */
  personListed?(id: string, at: Where): void;
  personCited?(corresp: string, from: Where): void;
}
