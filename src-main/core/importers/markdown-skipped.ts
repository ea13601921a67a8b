import type { Token } from 'marked';
import type { Warn, WarningInput } from './warnings';

const IMAGE: WarningInput = {
  code: 'skipped-content',
  key: 'image',
  message: 'an image is not imported (the library holds text only); its description is kept',
};
const SCRIPT: WarningInput = {
  code: 'skipped-content',
  key: 'script',
  message: 'a <script>, <style> or embedded object in the HTML is left out, with its content',
};
const DROPPED_HTML = /<(?:script|style|iframe|object|embed)\b/i;

/** A token's children, wherever marked keeps them (inline tokens, list items, table cells). */
function children(tok: Token): Token[] {
  const out: Token[] = [];
  if ('tokens' in tok && Array.isArray(tok.tokens)) out.push(...(tok.tokens as Token[]));
  if (tok.type === 'list' && 'items' in tok) out.push(...(tok.items as Token[]));
  if (tok.type === 'table' && 'header' in tok && 'rows' in tok) {
    const cells = [tok.header, ...tok.rows].flat() as Array<{ tokens: Token[] }>;
    for (const cell of cells) out.push(...cell.tokens);
  }
  return out;
}

/** Tells `warn` of what the Markdown holds that the library cannot: images, scripts and styles. */
export function noteSkippedMarkdown(tokens: readonly Token[], warn: Warn): void {
  const stack = [...tokens];
  for (let tok = stack.pop(); tok; tok = stack.pop()) {
    if (tok.type === 'image') warn(IMAGE);
    else if (tok.type === 'html' && DROPPED_HTML.test(tok.raw)) warn(SCRIPT);
    stack.push(...children(tok));
  }
}
