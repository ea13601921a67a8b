import type { Inline } from '@shared/model/document';
import { flashElement } from '../../lib/flash';
import { DocLinkRef } from './DocLinkRef';
import { PageMarker } from './PageMarker';
import { footnoteDomId, useReader } from './reader-context';
import { TermRef } from './TermRef';
import { TextRun } from './TextRun';
import { termIdOf } from '@shared/terms/glossary';
import { personKeyOf } from '../../lib/person-links';
import { PersonRef } from '../people/PersonRef';

/** Inline runs as React elements; imported text is only ever a text node. */
export function Runs({ runs }: { runs: readonly Inline[] }) {
  const { view, onOpen, refIds, idPrefix, linkOf } = useReader();
  return (
    <>
      {runs.map((run, i) => {
        switch (run.t) {
          case 'text':
            return <TextRun key={i} run={run} />;
          case 'lineBreak':
            return <br key={i} />;
          case 'page':
            return <PageMarker key={i} n={run.n} />;
          case 'noteRef': {
            const domId = refIds.get(run);
            return (
              <sup key={i} className="note-ref">
                <a
                  id={domId}
                  href={`#${footnoteDomId(idPrefix, run.id)}`}
                  aria-label={`Footnote ${run.label}`}
                  onClick={(e) => {
                    e.preventDefault();
                    flashElement(footnoteDomId(idPrefix, run.id));
                  }}
                >
                  {run.label}
                </a>
              </sup>
            );
          }
          case 'link': {
            const person = personKeyOf(run.target);
            if (person !== undefined) {
              return (
                <PersonRef key={i} target={person}>
                  <Runs runs={run.runs} />
                </PersonRef>
              );
            }
            const term = termIdOf(run.target);
            if (term !== undefined) {
              return (
                <TermRef key={i} termId={term}>
                  <Runs runs={run.runs} />
                </TermRef>
              );
            }
            const stored = linkOf.get(run);
            if (stored) {
              return (
                <DocLinkRef key={i} link={stored}>
                  <Runs runs={run.runs} />
                </DocLinkRef>
              );
            }
            // Links still loading (or a stale view): a document of the same volume as the view resolves it, else plain text for now.
            const target = view.links[run.target];
            if (target === undefined) return <Runs key={i} runs={run.runs} />;
            return (
              <a
                key={i}
                className="doc-link"
                href={`#doc-${target}`}
                title="Open the linked document (Alt-click: in the other pane)"
                onClick={(e) => {
                  e.preventDefault();
                  onOpen(target, e.altKey);
                }}
              >
                <Runs runs={run.runs} />
              </a>
            );
          }
          default:
            return null;
        }
      })}
    </>
  );
}
