import { useMemo, type MouseEvent } from 'react';
import { renderNoteHtml } from '../../lib/markdown';

/**
 * The user's own note rendered from Markdown, sanitised by DOMPurify. Links in
 * notes are never followed: Chancery makes no network requests.
 */
export function NotePreview({ markdown }: { markdown: string }) {
  const html = useMemo(() => renderNoteHtml(markdown), [markdown]);
  const stopLinks = (e: MouseEvent<HTMLDivElement>): void => {
    if (e.target instanceof Element && e.target.closest('a')) e.preventDefault();
  };
  if (markdown.trim() === '') {
    return <div className="note-preview empty">The formatted note appears here.</div>;
  }
  // Sanitised user note (see renderNoteHtml) — imported document text never reaches this.
  return <div className="note-preview" onClick={stopLinks} dangerouslySetInnerHTML={{ __html: html }} />;
}
