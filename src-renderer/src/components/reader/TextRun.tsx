import type { ReactNode } from 'react';
import type { Inline, Mark } from '@shared/model/document';
import { segmentRun, type Segment } from '../../lib/decorations';
import { OFFSET_ATTR } from '../../lib/dom-anchor';
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
  const { anchor, highlights, finds, redactions } = useReader();
  const start = anchor.starts.get(run);
  if (start === undefined) return <span>{withMarks(run.text, run.marks)}</span>;
  const segs = segmentRun(run.text, start, highlights, finds, redactions);
  const content = segs.length === 1 && !segs[0]?.find && !segs[0]?.highlight && !segs[0]?.redaction ? run.text : segs.map((s) => <SegmentView key={s.start} seg={s} />);
  return <span {...{ [OFFSET_ATTR]: start }}>{withMarks(content, run.marks)}</span>;
}
