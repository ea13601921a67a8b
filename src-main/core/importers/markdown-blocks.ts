/** marked's block tokens → the model's blocks (shared by the Markdown importers). */
import type { Token, Tokens } from 'marked';
import type { Block, Inline } from '../../../src-shared/model/document';
import { htmlToText, inlineRuns, isMarkedToken, type InlineOptions } from './markdown-inline';

export function markdownBlocks(tokens: readonly Token[], opts: InlineOptions = {}): Block[] {
  return tokens.flatMap((t) => markdownBlock(t, opts));
}

function markdownBlock(tok: Token, opts: InlineOptions): Block[] {
  if (!isMarkedToken(tok)) return paragraph([{ t: 'text', text: tok.raw.trim() }]);
  switch (tok.type) {
    case 'heading': return [{ t: 'heading', level: tok.depth, runs: inlineRuns(tok.tokens, opts) }];
    case 'paragraph': return paragraph(inlineRuns(tok.tokens, opts));
    case 'text': return paragraph(inlineRuns(tok.tokens ?? [tok], opts));
    case 'blockquote': return [{ t: 'quote', blocks: markdownBlocks(tok.tokens, opts) }];
    case 'list': return [{ t: 'list', ordered: tok.ordered, items: tok.items.flatMap((i) => listItem(i, opts)) }];
    case 'code': return paragraph(codeRuns(tok.text));
    case 'html': return paragraph([{ t: 'text', text: htmlToText(tok.text) }]);
    case 'table': return [table(tok, opts)];
    default: return []; // space, hr, def: nothing to show
  }
}

/** Empty paragraphs (e.g. an HTML comment) are left out. */
function paragraph(runs: Inline[]): Block[] {
  const visible = runs.filter((r) => r.t !== 'text' || r.text.trim() !== '');
  return visible.length > 0 ? [{ t: 'paragraph', runs: visible }] : [];
}

/** The model's lists are flat: a nested list's items follow their parent item. */
function listItem(item: Tokens.ListItem, opts: InlineOptions): Inline[][] {
  const own: Inline[] = [];
  const nested: Inline[][] = [];
  for (const child of item.tokens) {
    if (isMarkedToken(child) && child.type === 'list') {
      nested.push(...child.items.flatMap((i) => listItem(i, opts)));
    } else {
      for (const block of markdownBlock(child, opts)) own.push(...blockRuns(block, own.length > 0));
    }
  }
  return own.length > 0 ? [own, ...nested] : nested;
}

function blockRuns(block: Block, separate: boolean): Inline[] {
  const runs = block.t === 'paragraph' || block.t === 'heading' ? block.runs : [];
  return separate && runs.length > 0 ? [{ t: 'lineBreak' }, ...runs] : runs;
}

/** Code is shown as a plain paragraph, its line breaks kept. */
function codeRuns(code: string): Inline[] {
  const runs: Inline[] = [];
  code.split('\n').forEach((line, i) => {
    if (i > 0) runs.push({ t: 'lineBreak' });
    if (line) runs.push({ t: 'text', text: line });
  });
  return runs;
}

function table(tok: Tokens.Table, opts: InlineOptions): Block {
  const row = (cells: readonly Tokens.TableCell[]): Inline[][] => cells.map((c) => inlineRuns(c.tokens, opts));
  return { t: 'table', rows: [row(tok.header), ...tok.rows.map(row)] };
}
