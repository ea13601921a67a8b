import { useMemo, type MouseEvent } from 'react';
import { renderNoteHtml } from '../../lib/markdown';

interface Props {
  markdown: string;
  /** Resolved links of the note, for bare `[[Title]]` links. */
  links?: ReadonlyArray<{ docId: number; title: string }>;
  compact?: boolean;
  onOpenDoc?: (id: number, other?: boolean) => void;
}

/**
 * The user's own note rendered from Markdown, sanitised by DOMPurify. Links to
 * documents open them in the reader; other links are never followed: Chancery
 * makes no network requests.
 */
export function NotePreview({ markdown, links, compact = false, onOpenDoc }: Props) {
  const html = useMemo(() => {
    const byTitle = new Map((links ?? []).map((l) => [l.title.toLowerCase(), l.docId]));
    return renderNoteHtml(markdown, (title) => byTitle.get(title.toLowerCase()) ?? null);
  }, [markdown, links]);
  const onClick = (e: MouseEvent<HTMLDivElement>): void => {
    const a = e.target instanceof Element ? e.target.closest('a') : null;
    if (!a) return;
    e.preventDefault();
    const id = Number(a.getAttribute('data-doc'));
    if (Number.isSafeInteger(id) && id > 0) onOpenDoc?.(id, e.altKey);
  };
  const cls = compact ? 'md-preview compact' : 'note-preview';
  if (markdown.trim() === '') {
    return <div className={`${cls} empty`}>The formatted note appears here.</div>;
  }
  // Sanitised user note (see renderNoteHtml) — imported document text never reaches this.
  return <div className={cls} onClick={onClick} dangerouslySetInnerHTML={{ __html: html }} />;
}
