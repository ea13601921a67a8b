/** Any other .txt or .md file: a title, paragraphs, and (for Markdown) basic structure. */
import { marked } from 'marked';
import type { Block, DocumentMeta, Field, ImportedDocument, Inline } from '../../../src-shared/model/document';
import { inlineText } from '../../../src-shared/text/plain-text';
import { markdownBlocks } from './markdown-blocks';
import { lexMarkdown } from './markdown-lex';
import { inlineRuns } from './markdown-inline';
import { textImporter } from './text-importer';
import type { Warn } from './warnings';

export const genericTextImporter = textImporter({
  id: 'text',
  extensions: ['txt', 'text'],
  markdown: false,
  sniff: () => true, // the fallback for .txt
  parse: (name, text) => parseText(name, text),
});

export const genericMarkdownImporter = textImporter({
  id: 'markdown',
  extensions: ['md', 'markdown'],
  markdown: true,
  sniff: () => true, // the fallback for .md
  parse: parseMarkdown,
});

const TITLE_MAX = 120;

function result(name: string, format: 'text' | 'markdown', title: Field<string>, blocks: Block[]): ImportedDocument[] {
  const meta: DocumentMeta = { title };
  return [{ key: `file:${name}`, format, meta, body: { blocks, footnotes: [] } }];
}

function parseText(name: string, text: string): ImportedDocument[] {
  const paragraphs = text.split(/\n[ \t]*\n/).map((p) => p.split('\n').map((l) => l.trim()).filter((l) => l !== '')).filter((p) => p.length > 0);
  const firstLine = paragraphs[0]?.[0] ?? name;
  const blocks = paragraphs.map((lines): Block => ({ t: 'paragraph', runs: paragraphRuns(lines) }));
  // A first paragraph that is one short line is the title itself: not repeated in the body.
  if (paragraphs[0]?.length === 1 && firstLine.length <= TITLE_MAX && blocks.length > 1) blocks.shift();
  return result(name, 'text', inferredTitle(firstLine, 'the first line'), blocks);
}

/**
 * Lines of a paragraph: hard-wrapped prose is rejoined with spaces, but a run
 * of short lines (an address, a list of names) keeps its line breaks.
 */
function paragraphRuns(lines: readonly string[]): Inline[] {
  const short = lines.length > 1 && lines.every((l) => l.length < 50);
  if (!short) return [{ t: 'text', text: lines.join(' ') }];
  return lines.flatMap((l, i): Inline[] => (i === 0 ? [{ t: 'text', text: l }] : [{ t: 'lineBreak' }, { t: 'text', text: l }]));
}

function parseMarkdown(name: string, text: string, warn: Warn): ImportedDocument[] {
  const blocks = markdownBlocks(lexMarkdown(name, text, warn));
  const first = blocks[0];
  if (first?.t === 'heading') {
    blocks.shift(); // the title heading is shown as the title, not again in the body
    return result(name, 'markdown', inferredTitle(inlineText(first.runs), 'the first heading'), blocks);
  }
  // The first line as it reads, without its Markdown syntax ("**Note** on …" → "Note on …").
  const firstLine = text.split('\n').map((l) => l.trim()).find((l) => l !== '') ?? '';
  const plain = inlineText(inlineRuns(marked.Lexer.lexInline(firstLine))).trim();
  return result(name, 'markdown', inferredTitle(plain || name, 'the first line'), blocks);
}

function inferredTitle(text: string, from: string): Field<string> {
  const t = text.trim().replace(/\s+/g, ' ');
  const value = t.length > TITLE_MAX ? `${t.slice(0, TITLE_MAX - 1).trimEnd()}…` : t;
  return { value, provenance: { kind: 'inferred', from } };
}
