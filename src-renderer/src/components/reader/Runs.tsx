import type { Inline } from '@shared/model/document';
import { flashElement } from '../../lib/flash';
import { PageMarker } from './PageMarker';
import { footnoteDomId, useReader } from './reader-context';
import { TextRun } from './TextRun';

/** Inline runs as React elements; imported text is only ever a text node. */
export function Runs({ runs }: { runs: readonly Inline[] }) {
  const { view, onOpen, refIds, idPrefix } = useReader();
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
            const target = view.links[run.target];
            if (target === undefined) {
              return (
                <span key={i} className="doc-link missing" title="The linked document is not in the library">
                  <Runs runs={run.runs} />
                </span>
              );
            }
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
