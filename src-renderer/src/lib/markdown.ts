import DOMPurify from 'dompurify';
import { marked } from 'marked';

/**
 * The user's own note, rendered from Markdown and sanitised. This is the only
 * place the app renders HTML; imported document text never comes through here.
 */
export function renderNoteHtml(markdown: string): string {
  const raw = marked.parse(markdown, { async: false, gfm: true, breaks: false });
  return DOMPurify.sanitize(raw, {
    FORBID_TAGS: ['img', 'form', 'style', 'iframe', 'input', 'script', 'object', 'embed', 'link', 'meta'],
    FORBID_ATTR: ['style', 'srcset', 'action', 'formaction'],
  });
}
