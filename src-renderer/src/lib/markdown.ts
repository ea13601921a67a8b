import { Marked, type TokenizerAndRendererExtension, type Tokens } from 'marked';
import { linkAt, linkText, titleKey } from '@shared/notes/note-links';
import { sanitizeNoteHtml } from './note-sanitizer';

/** The documents a note links to, as the core resolved them: for `[[Title]]` links and unlabelled `[[doc:ID]]`. */
export type LinkedDocs = ReadonlyArray<{ docId: number; title: string }>;

interface DocLinkToken extends Tokens.Generic {
  type: 'docLink';
  raw: string;
  id: number | null;
  label: string;
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

function docLinkExtension(linked: LinkedDocs): TokenizerAndRendererExtension {
  const byTitle = new Map(linked.map((l) => [titleKey(l.title), l.docId]));
  const titleOf = new Map(linked.map((l) => [l.docId, l.title]));
  return {
    name: 'docLink',
    level: 'inline',
    start: (src: string) => src.indexOf('[['),
    tokenizer(src: string): DocLinkToken | undefined {
      const link = linkAt(src);
      if (!link) return undefined;
      const id = 'docId' in link.target ? link.target.docId : (byTitle.get(titleKey(link.target.title)) ?? null);
      const label = linkText(link, (docId) => titleOf.get(docId) ?? null);
      return { type: 'docLink', raw: src.slice(0, link.end), id, label };
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
export function renderNoteHtml(markdown: string, linked: LinkedDocs = []): string {
  const marked = new Marked({ gfm: true, breaks: false, extensions: [docLinkExtension(linked)] });
  const raw = marked.parse(markdown, { async: false });
  return sanitizeNoteHtml(raw);
}
