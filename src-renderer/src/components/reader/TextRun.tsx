import type { ReactNode } from 'react';
import type { Inline, Mark } from '@shared/model/document';
import { segmentRun, type Segment } from '../../lib/decorations';
import { OFFSET_ATTR } from '../../lib/dom-anchor';
import { cutAtLinks } from '../../lib/link-runs';
import { DocLinkRef } from './DocLinkRef';
import { useReader } from './reader-context';

const MARK_TAGS: Record<Mark, 'em' | 'strong' | 'sup' | 'sub' | 'u' | null> = {
  italic: 'em',
  bold: 'strong',
  sup: 'sup',
  sub: 'sub',
  underline: 'u',
  smallcaps: null,
};

function withMarks(node: ReactNode, marks: readonly Mark[] | undefined): ReactNode {
  let out = node;
  for (const mark of marks ?? []) {
    const Tag = MARK_TAGS[mark];
    out = Tag ? <Tag>{out}</Tag> : <span className="smallcaps">{out}</span>;
  }
  return out;
}

function SegmentView({ seg }: { seg: Segment }) {
  let node: ReactNode = seg.text;
  if (seg.find) {
    node = (
      <mark className={seg.find.current ? 'find-hit current' : 'find-hit'} data-find={seg.find.id}>
        {node}
      </mark>
    );
  }
  if (seg.highlight) {
    node = (
      <mark className={`hl hl-${seg.highlight.color ?? 'yellow'}${seg.highlight.commented ? ' has-comment' : ''}`} data-hl={seg.highlight.id}>
        {node}
      </mark>
    );
  }
  if (seg.redaction?.redaction) {
    const r = seg.redaction.redaction;
    node = (
      <span className={`redaction redaction-${r.kind.replace(/\s+/g, '-')}`} title={r.label} data-redaction={r.kind}>
        {node}
      </span>
    );
  }
  return <>{node}</>;
}

/**
 * A text run: imported text only ever as text nodes, inside an element carrying
 * the run's offset in the anchoring text, cut where highlights and find matches fall.
 */
export function TextRun({ run }: { run: Extract<Inline, { t: 'text' }> }) {
  const { anchor, textLinks } = useReader();
  const start = anchor.starts.get(run);
  if (start === undefined) return <span>{withMarks(run.text, run.marks)}</span>;
  const pieces = textLinks.length === 0 ? null : cutAtLinks(run.text, start, textLinks);
  if (pieces === null || (pieces.length === 1 && pieces[0]?.link === null)) return <RunText text={run.text} start={start} marks={run.marks} />;
  // A reference found in the text: its piece is a link; each piece is a run of its own for the anchoring (the card stays outside it).
  return (
    <>
      {pieces.map((p) =>
        p.link ? (
          <DocLinkRef key={p.start} link={p.link}>
            <RunText text={p.text} start={p.start} marks={run.marks} />
          </DocLinkRef>
        ) : (
          <RunText key={p.start} text={p.text} start={p.start} marks={run.marks} />
        ),
      )}
    </>
  );
}

/** Text at absolute `start`, cut where highlights and find matches fall. */
function RunText({ text, start, marks }: { text: string; start: number; marks: readonly Mark[] | undefined }) {
  const { highlights, finds, redactions } = useReader();
  const segs = segmentRun(text, start, highlights, finds, redactions);
  const content = segs.length === 1 && !segs[0]?.find && !segs[0]?.highlight && !segs[0]?.redaction ? text : segs.map((s) => <SegmentView key={s.start} seg={s} />);
  return <span {...{ [OFFSET_ATTR]: start }}>{withMarks(content, marks)}</span>;
}
