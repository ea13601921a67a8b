import { marked, type Token } from 'marked';
import { markdownBlocks } from '../../importers/markdown-blocks';
import type { Block } from '../../../../src-shared/model/document';

/**
 * The user's Markdown (introduction, commentary) as model blocks: marked's lexer,
 * then the same token mapping the Markdown importers use. Never HTML.
 */
export function markdownToBlocks(markdown: string): Block[] {
  if (markdown.trim() === '') return [];
  const tokens: Token[] = marked.lexer(markdown).filter((t) => t.type !== 'space');
  return markdownBlocks(tokens);
}
