import { redactionsOf } from '@shared/sources/apparatus';
import { redactionDecorations } from '../../lib/redaction-marks';
import { useMemo, type ReactNode } from 'react';
import type { TextLayout } from '@shared/text/layout';
import { embeddedTargets } from '@shared/text/references';
import type { DocLink, DocumentView } from '@contract';
import type { DocLinks } from '../../hooks/use-doc-links';
import type { Decoration } from '../../lib/decorations';
import { linksByRun } from '../../lib/link-runs';
import { CitedBy } from './CitedBy';
import { Blocks } from './Blocks';
import { DocHeader } from './DocHeader';
import { Footnotes } from './Footnotes';
import { RelatedPanel } from './RelatedPanel';
import { ThreadPanel } from './ThreadPanel';
import { indexNoteRefs, ReaderContext, type ReaderContextValue } from './reader-context';

interface Props {
  view: DocumentView;
  anchor: TextLayout;
  idPrefix: string;
  highlights: readonly Decoration[];
  finds: readonly Decoration[];
  onOpen: (id: number, other?: boolean) => void;
  /** The header's editing tools (tags, metadata edits), absent in a stale view. */
  headerExtra?: ReactNode;
  /** The document's links both ways (absent in a stale view). */
  links?: DocLinks;
}

const NO_LINKS: DocLinks = { refs: [], citedBy: [] };

/** References found in the text, sorted, leaving out any inside an editors' link (a link is never inside a link). */
function textOnly(refs: readonly DocLink[]): DocLink[] {
  const editorial = refs.filter((l) => l.basis === 'editorial');
  return refs
    .filter((l) => l.basis === 'text' && !editorial.some((e) => e.start < l.end && l.start < e.end))
    .sort((a, b) => a.start - b.start);
}

/** One document: header, body with page markers in the margin, footnotes, enclosures. */
export function DocumentReader({ view, anchor, idPrefix, highlights, finds, onOpen, headerExtra, links = NO_LINKS }: Props) {
  const refs = useMemo(() => indexNoteRefs(view.body.blocks, idPrefix), [view, idPrefix]);
  const linkOf = useMemo(() => linksByRun(view.body, links.refs), [view, links.refs]);
  const textLinks = useMemo(() => textOnly(links.refs), [links.refs]);
  const redactions = useMemo(() => redactionDecorations(redactionsOf(view.meta, view.body)), [view]);
  const ctx = useMemo<ReaderContextValue>(
    () => ({ view, onOpen, anchor, highlights, finds, redactions, idPrefix, linkOf, textLinks, ...refs }),
    [view, onOpen, anchor, highlights, finds, redactions, idPrefix, linkOf, textLinks, refs],
  );
  const embedded = useMemo(() => embeddedTargets(view.body.blocks), [view]);
  const otherEnclosures = view.enclosures.filter((e) => e.sourceId === null || !embedded.has(e.sourceId));

  return (
    <ReaderContext value={ctx}>
      <article className="document" aria-label={view.meta.title.value}>
        <DocHeader view={view} onOpen={onOpen}>
          {headerExtra}
        </DocHeader>
        <ThreadPanel docId={view.id} version={view} onOpen={onOpen} />
        <RelatedPanel docId={view.id} version={view} onOpen={onOpen} />
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
        <CitedBy items={links.citedBy} onOpen={onOpen} />
      </article>
    </ReaderContext>
  );
}
