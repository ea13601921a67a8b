import type { DocumentMeta, Placement } from '../../../src-shared/model/document';
import { detectTextRefs, type TextRef } from '../../../src-shared/text-refs/ref-detect';
import type { CandidateLookup } from './candidate-lookup';
import type { FoundLink } from './found-link';
import { MAX_TEXT_REFS } from './link-inputs';
import type { CitingDoc } from './text-ref-direction';
import { resolveTextRef } from './text-ref-resolve';

/** A stored document as the text finder reads it: `text` is `show ID --json`'s text (the shared walker's body text). */
export interface TextLinkDoc {
  id: number;
  meta: DocumentMeta;
  placement: Placement | null;
  text: string;
}

/** The finder's view of a stored document (`repo.get(id)`): its plain text is the walker's body text. */
export function textLinkDoc(stored: { id: number; meta: DocumentMeta; placement: Placement | null; plainText: string }): TextLinkDoc {
  return { id: stored.id, meta: stored.meta, placement: stored.placement, text: stored.plainText };
}

export function citingDoc(doc: TextLinkDoc): CitingDoc {
  return {
    id: doc.id,
    date: doc.meta.date?.value.start ?? null,
    from: doc.meta.from?.value ?? [],
    to: doc.meta.to?.value ?? [],
    place: doc.meta.place?.value ?? null,
    collectionId: doc.placement?.collection.id ?? null,
  };
}

/**
 * The links a document's own text makes to other documents ("Your 1359",
 * "my 5132, November 30"), each resolved, ambiguous or not found. Pure:
 * the library is seen only through `lookup`. `refs`: the references in
 * `doc.text`, when already found (`link-inputs.ts`).
 */
export function findTextLinks(doc: TextLinkDoc, lookup: CandidateLookup, refs: readonly TextRef[] = detectTextRefs(doc.text).slice(0, MAX_TEXT_REFS)): FoundLink[] {
  const citing = citingDoc(doc);
  return refs.map((ref): FoundLink => {
    const r = resolveTextRef(ref, citing, lookup);
    return {
      start: ref.start,
      end: ref.end,
      text: ref.text,
      basis: 'text',
      inFootnote: false,
      status: r.status,
      targets: r.targets.map((c) => ({ id: c.id })),
      targetLabel: r.label,
      why: r.why,
    };
  });
}
