import { createContext, useContext } from 'react';
import type { DocumentView } from '@contract/views';
import type { Block, Inline } from '../../../../src-main/core/model/document';
import type { AnchorText } from '../../lib/anchor-text';
import type { Decoration } from '../../lib/decorations';

export interface ReaderContextValue {
  view: DocumentView;
  /** Open a document; `other` puts it in the other reader pane (Alt-click). */
  onOpen: (id: number, other?: boolean) => void;
  /** The anchoring text: where every text run starts. */
  anchor: AnchorText;
  /** The user's highlights placed in this text, sorted by start. */
  highlights: readonly Decoration[];
  /** Find-in-document matches, sorted. */
  finds: readonly Decoration[];
  /** Prefix of DOM ids, unique per reader pane (two panes may show the same document). */
  idPrefix: string;
  /** DOM id of every footnote reference occurrence (by object identity). */
  refIds: WeakMap<Inline, string>;
  /** DOM id of the first reference to each footnote, for the back-link. */
  firstRef: Map<string, string>;
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
  let n = 0;
  const runs = (list: readonly Inline[]): void => {
    for (const run of list) {
      if (run.t === 'noteRef') {
        const id = `${prefix}fnref-${run.id}-${++n}`;
        refIds.set(run, id);
        if (!firstRef.has(run.id)) firstRef.set(run.id, id);
      } else if (run.t === 'link') runs(run.runs);
    }
  };
  const walk = (list: readonly Block[]): void => {
    for (const b of list) {
      switch (b.t) {
        case 'paragraph':
        case 'heading':
          runs(b.runs);
          break;
        case 'list':
          b.items.forEach(runs);
          break;
        case 'table':
          b.rows.forEach((r) => r.forEach(runs));
          break;
        case 'quote':
          walk(b.blocks);
          break;
        case 'section':
          if (b.title) runs(b.title);
          walk(b.blocks);
          break;
        default:
          break;
      }
    }
  };
  walk(blocks);
  return { refIds, firstRef };
}
