import type { BlockWriter, Close } from './tei-blocks';
import { attr } from './tei-capture';
import type { DocNotices, Where } from './tei-elements';
import type { Attrs } from './tei-stream';

/** Link targets kept as written: a footnote of a document, a printed page, a document or page of another volume. */
const EDITORIAL_TARGET = /^(?:#d\d+[a-z]?fn\w+|#pg_\w+|frus[\w-]+(?:#(?:d\d+[a-z]?(?:fn\w+)?|pg_\w+))?)$/i;
const DOCUMENT_TARGET = /^#(d\d+[a-z]?)$/i;

/** A term id of a FRUS terms list (`t_NODIS1`), and a citation of one (`#t_NODIS1`, `frus1969-76v17#t_NODIS1`). */
const TERM_ID = /^t_[\w.-]+$/;
const TERM_TARGET = /^(?:frus[\w-]+)?#(t_[\w.-]+)$/;

/** Where a document's links are written and told of. */
export interface RefContext {
  w: BlockWriter;
  notices: DocNotices | undefined;
  where: Where;
}

/** The following text is the link's, until the element closes. */
function linked(w: BlockWriter, target: string): Close {
  const runs = w.inline();
  runs.openLink(target);
  return () => runs.closeLink();
}

/**
 * `#d12` is another document of the volume (kept as its source id, checked
 * when the volume ends). A footnote (`#d12fn3`), a printed page (`#pg_64`)
 * or another volume (`frus1924v02#pg_64`) is a link too, kept as written:
 * the library resolves it (src-main/core/links). Other targets (the index's
 * own entries, `#in4`) stay plain text: undefined.
 */
export function refLink(attrs: Attrs, { w, notices, where }: RefContext): Close | undefined {
  const raw = attr(attrs, 'target') ?? '';
  const doc = DOCUMENT_TARGET.exec(raw)?.[1];
  if (doc !== undefined) notices?.link(doc, where);
  const target = doc ?? (EDITORIAL_TARGET.test(raw) ? raw : undefined);
  return target === undefined ? undefined : linked(w, target);
}

/**
 * `<gloss target="#t_NODIS1">Nodis</gloss>`: a term of the volume's terms
 * list, kept as a link to it so that the reader can explain it
 * (src-shared/terms). Other glosses (`type="from"`) are plain text.
 */
export function termRef(attrs: Attrs, { w, notices, where }: RefContext): Close | undefined {
  const target = attr(attrs, 'target')?.trim() ?? '';
  const id = TERM_TARGET.exec(target)?.[1];
  if (id === undefined) return undefined;
  notices?.termCited?.(id, where);
  return linked(w, `#${id}`);
}

/** `<term xml:id="t_NODIS1">NODIS</term>` in a terms list: the defined word carries its id, for the glossary. */
export function termDefinition(attrs: Attrs, { w, notices, where }: RefContext): Close | undefined {
  const id = attr(attrs, 'xml:id');
  if (id === undefined || !TERM_ID.test(id)) return undefined;
  notices?.termDefined?.(id, where);
  return linked(w, `#${id}`);
}
