import { useMemo, type ReactNode } from 'react';
import type { DocumentView } from '@contract/views';
import type { Block } from '../../../../src-main/core/model/document';
import type { AnchorText } from '../../lib/anchor-text';
import type { Decoration } from '../../lib/decorations';
import { Blocks } from './Blocks';
import { DocHeader } from './DocHeader';
import { Footnotes } from './Footnotes';
import { indexNoteRefs, ReaderContext, type ReaderContextValue } from './reader-context';

function embeddedTargets(blocks: readonly Block[], out = new Set<string>()): Set<string> {
  for (const b of blocks) {
    if (b.t === 'embedded') out.add(b.target);
    else if (b.t === 'quote' || b.t === 'section') embeddedTargets(b.blocks, out);
  }
  return out;
}

interface Props {
  view: DocumentView;
  anchor: AnchorText;
  idPrefix: string;
  highlights: readonly Decoration[];
  finds: readonly Decoration[];
  onOpen: (id: number, other?: boolean) => void;
  /** The header's editing tools (tags, metadata edits), absent in a stale view. */
  headerExtra?: ReactNode;
}

/** One document: header, body with page markers in the margin, footnotes, enclosures. */
export function DocumentReader({ view, anchor, idPrefix, highlights, finds, onOpen, headerExtra }: Props) {
  const refs = useMemo(() => indexNoteRefs(view.body.blocks, idPrefix), [view, idPrefix]);
  const ctx = useMemo<ReaderContextValue>(
    () => ({ view, onOpen, anchor, highlights, finds, idPrefix, ...refs }),
    [view, onOpen, anchor, highlights, finds, idPrefix, refs],
  );
  const embedded = useMemo(() => embeddedTargets(view.body.blocks), [view]);
  const otherEnclosures = view.enclosures.filter((e) => e.sourceId === null || !embedded.has(e.sourceId));

  return (
    <ReaderContext value={ctx}>
      <article className="document" aria-label={view.meta.title.value}>
        <DocHeader view={view} onOpen={onOpen}>
          {headerExtra}
        </DocHeader>
        <div className="doc-body">
          {view.body.blocks.length === 0 ? <p className="para empty-body">This document has no text.</p> : <Blocks blocks={view.body.blocks} />}
        </div>
        {otherEnclosures.length > 0 && (
          <section className="enclosure-list" aria-label="Enclosures">
            <h2 className="footnotes-head">Enclosures</h2>
            {otherEnclosures.map((e) => (
              <button key={e.id} type="button" className="embedded" onClick={(ev) => onOpen(e.id, ev.altKey)}>
                <span className="embedded-label">Enclosure</span>
                <span className="embedded-title">{e.title}</span>
                <span className="embedded-arrow" aria-hidden="true">
                  →
                </span>
              </button>
            ))}
          </section>
        )}
        <Footnotes notes={view.body.footnotes} />
      </article>
    </ReaderContext>
  );
}
