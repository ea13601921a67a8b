import type { LinkFinder } from './link-finder';
import { findTextLinks } from './text-links';

/** References written in a document's own text ("Your 1359", "my 5132, November 30"), as a pipeline finder. */
export const textFinder: LinkFinder = (doc, ctx) =>
  findTextLinks({ id: doc.id, meta: doc.meta, placement: doc.placement, text: doc.plainText }, ctx.candidates, doc.inputs.textRefs);
