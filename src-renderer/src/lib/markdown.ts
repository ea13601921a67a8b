import { Marked, type TokenizerAndRendererExtension, type Tokens } from 'marked';
import { sanitizeNoteHtml } from './note-sanitizer';

/**
 * Links from notes to documents, as the core defines them: `[[doc:ID|Label]]`,
 * or `[[Title]]` resolved by title. `resolve` maps a bare title to a document id.
 */
export const DOC_LINK = /\[\[(?:doc:(\d+)(?:\|([^[\]\n]*))?|([^[\]\n|]+))\]\]/;

export function docLinkSyntax(id: number, title: string): string {
  return `[[doc:${id}|${title.replace(/[[\]|\n]/g, ' ').replace(/\s+/g, ' ').trim()}]]`;
}

interface DocLinkToken extends Tokens.Generic {
  type: 'docLink';
  raw: string;
  id: number | null;
  label: string;
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

function docLinkExtension(resolve: (title: string) => number | null): TokenizerAndRendererExtension {
  return {
    name: 'docLink',
    level: 'inline',
    start: (src: string) => src.indexOf('[['),
    tokenizer(src: string): DocLinkToken | undefined {
      const m = new RegExp(`^${DOC_LINK.source}`).exec(src);
      if (!m) return undefined;
      if (m[1] !== undefined) {
        const id = Number(m[1]);
        return { type: 'docLink', raw: m[0], id, label: (m[2] ?? '').trim() || `Document ${id}` };
      }
      const title = (m[3] ?? '').trim();
      return { type: 'docLink', raw: m[0], id: resolve(title), label: title };
    },
    renderer(token: Tokens.Generic): string {
      const t = token as DocLinkToken;
      if (t.id === null) return `<span class="doc-ref unresolved" title="No document with this title">${escapeHtml(t.label)}</span>`;
      return `<a class="doc-ref" href="#doc-${t.id}" data-doc="${t.id}" title="Open the document (Alt-click: in the other pane)">${escapeHtml(t.label)}</a>`;
    },
  };
}

/**
 * The user's own note, rendered from Markdown and sanitised. This is the only
 * place the app renders HTML; imported document text never comes through here.
 */
export function renderNoteHtml(markdown: string, resolve: (title: string) => number | null = () => null): string {
  const marked = new Marked({ gfm: true, breaks: false, extensions: [docLinkExtension(resolve)] });
  const raw = marked.parse(markdown, { async: false });
  return sanitizeNoteHtml(raw);
}
