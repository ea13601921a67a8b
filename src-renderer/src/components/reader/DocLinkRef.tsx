import { useId, useRef, useState, type ReactNode } from 'react';
import type { DocLink, LinkTarget } from '@contract';
import { useDismiss } from '../../hooks/use-dismiss';
import { flashFootnoteWhenShown } from '../../lib/link-runs';
import { LinkCard } from './LinkCard';
import { useReader } from './reader-context';

const STATUS_TITLE: Record<DocLink['status'], string> = {
  resolved: 'Open the cited document (Alt-click: in the other pane)',
  ambiguous: 'Several documents may be meant: choose one',
  'not-found': 'The cited document is not in your library',
};

/**
 * A reference in the text: a link with a card on hover and on focus.
 * Following a resolved one opens its document (and scrolls to the footnote
 * it names); an ambiguous one pins its card with the candidates; one that
 * leads nowhere is marked and its card says why.
 */
export function DocLinkRef({ link, children }: { link: DocLink; children: ReactNode }) {
  const { onOpen } = useReader();
  const [hover, setHover] = useState(false);
  const [pinned, setPinned] = useState(false);
  const root = useRef<HTMLSpanElement>(null);
  const cardId = useId();
  useDismiss(root, pinned || hover, () => {
    setPinned(false);
    setHover(false);
  });
  const follow = (t: LinkTarget, other: boolean): void => {
    setPinned(false);
    setHover(false);
    onOpen(t.id, other);
    if (t.anchor) flashFootnoteWhenShown(t.anchor);
  };
  const first = link.targets[0];
  const open = hover || pinned;
  return (
    <span
      className="doc-link-wrap"
      ref={root}
      onPointerEnter={() => setHover(true)}
      onPointerLeave={() => setHover(false)}
      onFocus={() => setHover(true)}
      onBlur={(e) => {
        if (!root.current?.contains(e.relatedTarget as Node | null)) setHover(false);
      }}
    >
      <a
        className={`doc-link ${link.status}`}
        href={first ? `#doc-${first.id}` : '#'}
        role={link.status === 'resolved' ? undefined : 'button'}
        aria-describedby={open ? cardId : undefined}
        aria-expanded={link.status === 'ambiguous' ? pinned : undefined}
        title={STATUS_TITLE[link.status]}
        data-status={link.status}
        onClick={(e) => {
          e.preventDefault();
          if (link.status === 'resolved' && first) follow(first, e.altKey);
          else setPinned((p) => !p);
        }}
      >
        {children}
      </a>
      {open && <LinkCard link={link} id={cardId} onFollow={follow} />}
    </span>
  );
}
