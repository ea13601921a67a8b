import { formatDateShort } from '@shared/display/dates';
import { useLayoutEffect, useRef, useState } from 'react';
import type { DocLink, LinkTarget } from '@contract';

interface Props {
  link: DocLink;
  id: string;
  onFollow: (target: LinkTarget, other: boolean) => void;
}

function TargetSummary({ t }: { t: LinkTarget }) {
  const parties = [t.from, t.to].filter(Boolean).join(' → ');
  return (
    <>
      <span className="link-card-title">{t.title}</span>
      <span className="link-card-meta">
        {t.date ? formatDateShort(t.date) : 'Undated'}
        {parties && ` · ${parties}`}
      </span>
    </>
  );
}

/**
 * What a link leads to, shown on hover and on focus: the document (title,
 * date, from → to, first lines); the candidates of an ambiguous link, each to
 * open; or, for a link that leads nowhere, what it names and why.
 */
export function LinkCard({ link, id, onFollow }: Props) {
  const first = link.targets[0];
  const role = link.status === 'ambiguous' ? 'dialog' : 'tooltip';
  const card = useRef<HTMLSpanElement>(null);
  const [shift, setShift] = useState(0);
  // A link near the end of a line would hang its card past the reader's edge: move it left, within the document.
  useLayoutEffect(() => {
    const el = card.current;
    const bounds = el?.closest('article')?.getBoundingClientRect();
    if (!el || !bounds) return;
    const box = el.getBoundingClientRect();
    const over = box.right - bounds.right;
    if (over > 0) setShift(-Math.min(over, box.left - bounds.left));
  }, []);
  return (
    <span
      className="surface link-card"
      role={role}
      id={id}
      aria-label={role === 'dialog' ? 'Possible documents' : undefined}
      ref={card}
      style={shift ? { left: shift } : undefined}
    >
      {link.status === 'resolved' && first && (
        <>
          <TargetSummary t={first} />
          {first.anchor && <span className="link-card-note">Leads to a footnote of this document.</span>}
          {first.lead && <span className="link-card-lead">{first.lead}</span>}
        </>
      )}
      {link.status === 'ambiguous' && (
        <>
          <span className="link-card-head">{link.targets.length} possible documents — choose one:</span>
          {link.targets.map((t) => (
            <button key={t.id} type="button" className="link-card-choice" onClick={(e) => onFollow(t, e.altKey)}>
              <TargetSummary t={t} />
            </button>
          ))}
        </>
      )}
      {link.status === 'not-found' && (
        <>
          <span className="link-card-head">Not in your library</span>
          <span className="link-card-title">{link.targetLabel ?? link.text}</span>
        </>
      )}
      <span className="link-card-why">{link.why}</span>
    </span>
  );
}
