import type { ReactNode } from 'react';
import type { DocLinks } from '../../hooks/use-doc-links';
import type { DocumentState } from '../../hooks/use-document';
import type { TextLayout } from '@shared/text/layout';
import { anchorFor } from '../../lib/anchor-text';
import type { Decoration } from '../../lib/decorations';
import { DocumentReader } from './DocumentReader';

interface Props {
  state: DocumentState;
  anchor: TextLayout | null;
  idPrefix: string;
  highlights?: readonly Decoration[];
  finds: readonly Decoration[];
  split: boolean;
  onOpen: (id: number, other?: boolean) => void;
  headerExtra?: ReactNode;
  links?: DocLinks;
}

const NONE: Decoration[] = [];

/** The open document, or an explanation of why there is none. */
export function ReaderBody({ state, anchor, idPrefix, highlights = NONE, finds, split, onOpen, headerExtra, links }: Props) {
  switch (state.status) {
    case 'none':
      return split ? (
        <div className="empty-state">
          <h2>Empty pane</h2>
          <p>Alt-click a document in the library, a search hit or a link to open it here, side by side with the other.</p>
        </div>
      ) : (
        <div className="empty-state">
          <h2>No document open</h2>
          <p>Pick one from the library or search — press Ctrl K or / to jump to the search box. Press ? for all shortcuts.</p>
        </div>
      );
    case 'loading':
      return state.previous ? (
        <div className="stale" aria-busy="true">
          <DocumentReader view={state.previous} anchor={anchorFor(state.previous.body)} idPrefix={idPrefix} highlights={NONE} finds={NONE} onOpen={onOpen} />
        </div>
      ) : (
        <div className="empty-state quiet">Opening…</div>
      );
    case 'error':
      return (
        <div className="empty-state">
          <h2>This document cannot be opened</h2>
          <p className="error">{state.message}</p>
        </div>
      );
    case 'ready':
      if (!anchor) return null;
      return (
        <DocumentReader
          view={state.view}
          anchor={anchor}
          idPrefix={idPrefix}
          highlights={highlights}
          finds={finds}
          onOpen={onOpen}
          headerExtra={headerExtra}
          {...(links ? { links } : {})}
        />
      );
  }
}
