import { useMemo, type MouseEvent } from 'react';
import { openExternalLink } from '../../lib/external-link';
import { renderNoteHtml, type LinkedDocs } from '../../lib/markdown';

interface Props {
  markdown: string;
  /** Resolved links of the note, for `[[Title]]` links and the titles of unlabelled `[[doc:ID]]`. */
  links?: LinkedDocs;
  compact?: boolean;
  onOpenDoc?: (id: number, other?: boolean) => void;
}

/**
 * The user's own note rendered from Markdown, sanitised (see note-sanitizer).
 * Links to documents open them in the reader; a link elsewhere opens in the
 * user's browser only once they confirm — Chancery itself makes no request.
 */
export function NotePreview({ markdown, links, compact = false, onOpenDoc }: Props) {
  const html = useMemo(() => renderNoteHtml(markdown, links), [markdown, links]);
  const onClick = (e: MouseEvent<HTMLDivElement>): void => {
    const a = e.target instanceof Element ? e.target.closest('a') : null;
    if (!a) return;
    // Never the browser's own following (new tab, download…): every link goes through here.
    e.preventDefault();
    const id = Number(a.getAttribute('data-doc'));
    if (Number.isSafeInteger(id) && id > 0) {
      if (e.button === 0) onOpenDoc?.(id, e.altKey);
      return;
    }
    const href = a.getAttribute('href');
    if (href !== null) openExternalLink(href);
  };
  // A middle click is no click event: without this it would open the link in a new tab, unasked.
  const onAuxClick = (e: MouseEvent<HTMLDivElement>): void => {
    if (e.button === 1) onClick(e);
  };
  const cls = compact ? 'md-preview compact' : 'note-preview';
  if (markdown.trim() === '') {
    return <div className={`${cls} empty`}>The formatted note appears here.</div>;
  }
  // Sanitised user note (see renderNoteHtml) — imported document text never reaches this.
  return <div className={cls} onClick={onClick} onAuxClick={onAuxClick} dangerouslySetInnerHTML={{ __html: html }} />;
}
