import type { SearchHit } from '../../../../src-main/contract/views';
import { docMetaLine, numberPrefix } from './DocRow';
import { OtherPaneButton } from './OtherPaneButton';
import { SnippetText } from './SnippetText';

interface Props {
  id: string;
  hit: SearchHit;
  active: boolean;
  open: boolean;
  onOpen: (id: number, other?: boolean) => void;
  onHover: () => void;
}

export function HitRow({ id, hit, active, open, onOpen, onHover }: Props) {
  const classes = ['hit', active ? 'active' : '', open ? 'open' : ''].filter(Boolean).join(' ');
  return (
    <li id={id} role="option" aria-selected={active} className={classes} onClick={(e) => onOpen(hit.id, e.altKey)} onMouseMove={onHover}>
      <div className="hit-title">
        {numberPrefix(hit) !== null && <span className="doc-number">{numberPrefix(hit)}</span>}
        {hit.title}
      </div>
      <div className="doc-row-meta">{docMetaLine(hit)}</div>
      {hit.snippet.text !== '' && <SnippetText snippet={hit.snippet} />}
      <OtherPaneButton onClick={() => onOpen(hit.id, true)} />
    </li>
  );
}
