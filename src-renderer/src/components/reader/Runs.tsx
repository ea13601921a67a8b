import type { ReactNode } from 'react';
import type { Inline, Mark } from '../../../../src-main/core/model/document';
import { flashElement } from '../../lib/flash';
import { PageMarker } from './PageMarker';
import { footnoteDomId, useReader } from './reader-context';

const MARK_TAGS: Record<Mark, 'em' | 'strong' | 'sup' | 'sub' | 'u' | null> = {
  italic: 'em',
  bold: 'strong',
  sup: 'sup',
  sub: 'sub',
  underline: 'u',
  smallcaps: null,
};

function withMarks(text: string, marks: readonly Mark[] | undefined, key: number): ReactNode {
  let node: ReactNode = text;
  for (const mark of marks ?? []) {
    const Tag = MARK_TAGS[mark];
    node = Tag ? <Tag>{node}</Tag> : <span className="smallcaps">{node}</span>;
  }
  return <span key={key}>{node}</span>;
}

/** Inline runs as React elements; imported text is only ever a text node. */
export function Runs({ runs }: { runs: readonly Inline[] }) {
  const { view, onOpen, refIds } = useReader();
  return (
    <>
      {runs.map((run, i) => {
        switch (run.t) {
          case 'text':
            return withMarks(run.text, run.marks, i);
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
                  href={`#${footnoteDomId(run.id)}`}
                  aria-label={`Footnote ${run.label}`}
                  onClick={(e) => {
                    e.preventDefault();
                    flashElement(footnoteDomId(run.id));
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
                title="Open the linked document"
                onClick={(e) => {
                  e.preventDefault();
                  onOpen(target);
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
