import type { Highlight } from '../../contract';

/** A quote as a Markdown block quote: every line of it marked, blank lines too. */
function blockQuote(text: string): string {
  return text.trim().split('\n').map((line) => (line.trim() === '' ? '>' : `> ${line}`)).join('\n');
}

/** Where the highlight is: its printed page, or a word that its text was not found after a re-import. */
function whereLine(h: Highlight): string {
  const parts = [h.page !== null ? `p. ${h.page}` : null, h.color, h.status === 'orphaned' ? 'no longer found in the text' : null];
  return `> — ${parts.filter((p) => p !== null).join(' · ')}`;
}

/**
 * A document's highlights as Markdown, in text order: each quoted passage
 * with its page, then the user's comment on it. Empty when there are none.
 */
export function highlightsSection(highlights: readonly Highlight[]): string {
  if (highlights.length === 0) return '';
  const items = highlights.map((h) => {
    const quote = `${blockQuote(h.anchor.quote.exact)}\n${whereLine(h)}`;
    return h.comment?.trim() ? `${quote}\n\n${h.comment.trim()}` : quote;
  });
  return `## Highlights\n\n${items.join('\n\n')}\n`;
}
