import { createContext, useContext } from 'react';
import type { Block, Inline } from '@shared/model/document';
import type { TextLayout } from '@shared/text/layout';
import { noteRefs } from '@shared/text/references';
import type { DocLink, DocumentView } from '@contract';
import type { Decoration } from '../../lib/decorations';

export interface ReaderContextValue {
  view: DocumentView;
  /** Open a document; `other` puts it in the other reader pane (Alt-click). */
  onOpen: (id: number, other?: boolean) => void;
  /** The anchoring text: where every text run starts. */
  anchor: TextLayout;
  /** The user's highlights placed in this text, sorted by start. */
  highlights: readonly Decoration[];
  /** Find-in-document matches, sorted. */
  finds: readonly Decoration[];
  /** Markers of withheld or omitted text, sorted. */
  redactions: readonly Decoration[];
  /** Prefix of DOM ids, unique per reader pane (two panes may show the same document). */
  idPrefix: string;
  /** DOM id of every footnote reference occurrence (by object identity). */
  refIds: WeakMap<Inline, string>;
  /** DOM id of the first reference to each footnote, for the back-link. */
  firstRef: Map<string, string>;
  /** The stored link of each editorial link run (by object identity); a run without one is shown as before. */
  linkOf: WeakMap<Inline, DocLink>;
  /** References found in the text (not encoded as link runs), sorted by start: the text runs they cross become links. */
  textLinks: readonly DocLink[];
}

export const ReaderContext = createContext<ReaderContextValue | null>(null);

export function useReader(): ReaderContextValue {
  const ctx = useContext(ReaderContext);
  if (!ctx) throw new Error('useReader outside ReaderContext');
  return ctx;
}

export const footnoteDomId = (prefix: string, id: string): string => `${prefix}fn-${id}`;

/** Give each footnote reference its own DOM id so footnotes can link back to them. */
export function indexNoteRefs(blocks: readonly Block[], prefix: string): Pick<ReaderContextValue, 'refIds' | 'firstRef'> {
  const refIds = new WeakMap<Inline, string>();
  const firstRef = new Map<string, string>();
  noteRefs(blocks).forEach((run, n) => {
    const id = `${prefix}fnref-${run.id}-${n + 1}`;
    refIds.set(run, id);
    if (!firstRef.has(run.id)) firstRef.set(run.id, id);
  });
  return { refIds, firstRef };
}
