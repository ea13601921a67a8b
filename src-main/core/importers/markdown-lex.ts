import { marked, type Token } from 'marked';
import { checkMarkdownNesting } from './markdown-limits';

/** marked's block tokens for a whole file, once its nesting has been checked (see markdown-limits). */
export function lexMarkdown(name: string, text: string): Token[] {
  checkMarkdownNesting(name, text);
  return marked.lexer(text).filter((t) => t.type !== 'space');
}
