import { personTargetOf } from '../../../src-shared/people/person-links';
import type { BlockWriter, Close } from './tei-blocks';
import { attr } from './tei-capture';
import type { DocNotices, Where } from './tei-elements';
import type { Attrs } from './tei-stream';

/** The first person a `corresp` names, as written ('#p_FDR1', 'frus1917Supp02v01#p_BAJ1'); TEI allows several, space-separated. */
export function correspOf(attrs: Attrs): string | undefined {
  const raw = attr(attrs, 'corresp');
  if (raw === undefined) return undefined;
  return raw.trim().split(/\s+/).find((t) => personTargetOf(t) !== undefined);
}

/**
 * A `<persName>` linked to a persons list: the entry itself
 * (`xml:id="p_BND1"`, kept as a link to `#p_BND1` at the start of its list
 * item) or a name in the text (`corresp="#p_BND1"`, or another volume's
 * `frus1917Supp02v01#p_BAJ1`), kept as a link to the person so that the
 * library can index it and the reader show who it is (src-shared/people).
 * A name without either stays plain text.
 */
export function personRef(attrs: Attrs, w: BlockWriter, notices: DocNotices | undefined, where: Where): Close | undefined {
  const id = attr(attrs, 'xml:id');
  const listed = id !== undefined && /^p_[\w.-]+$/.test(id);
  const corresp = listed ? undefined : correspOf(attrs);
  if (listed) notices?.personListed?.(id, where);
  else if (corresp !== undefined) notices?.personCited?.(corresp, where);
  else {
    const raw = attr(attrs, 'corresp');
    // A corresp that names no person ('p_X', '#'): reported as pointing nowhere; the name stays in the text.
    if (raw !== undefined && raw.trim() !== '') notices?.personCited?.(raw.trim(), where);
    return undefined;
  }
  const runs = w.inline();
  runs.openLink(listed ? id : (corresp ?? ''));
  return () => runs.closeLink();
}
