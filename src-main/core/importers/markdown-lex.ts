import { marked, type Token } from 'marked';
import { checkMarkdownNesting } from './markdown-limits';
import { noteSkippedMarkdown } from './markdown-skipped';
import type { Warn } from './warnings';

/**
 * marked's block tokens for a whole file, once its nesting has been checked
 * (see markdown-limits); what they hold that the library cannot is told to `warn`.
 */
export function lexMarkdown(name: string, text: string, warn: Warn): Token[] {
  checkMarkdownNesting(name, text);
  const tokens = marked.lexer(text).filter((t) => t.type !== 'space');
  noteSkippedMarkdown(tokens, warn);
  return tokens;
}
