import type { Collection } from '../../../src-shared/model/document';
import { attr, attrLocal } from './tei-capture';
import type { Division } from './tei-divisions';
import type { DocStart } from './tei-document';
import type { DocNotices } from './tei-elements';
import type { Attrs } from './tei-stream';

/** Where in the volume a `<div type="document">` opens. */
export interface DocPosition {
  sourceId: string;
  collection: Collection;
  chapters: readonly Division[];
  parentSourceId: string | undefined;
  page: string | undefined;
  notices: DocNotices;
}

/** What a document's builder starts from: its key, dates of the div, and its place in the volume. */
export function docStart(attrs: Attrs, at: DocPosition): DocStart {
  const n = attr(attrs, 'n');
  const { sourceId, collection, parentSourceId, page } = at;
  return {
    key: `tei:${collection.id}:${sourceId}`,
    sourceId,
    n,
    divDates: { min: attrLocal(attrs, 'doc-dateTime-min'), max: attrLocal(attrs, 'doc-dateTime-max') },
    notices: at.notices,
    placement: {
      collection: { ...collection },
      chapter: at.chapters.flatMap((c) => (c.heading ? [c.heading] : [])),
      ...(n ? { number: n } : {}),
      sourceId,
      ...(parentSourceId ? { parentSourceId } : {}),
      ...(page ? { startPage: page } : {}),
    },
  };
}
