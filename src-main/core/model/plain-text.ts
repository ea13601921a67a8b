import type { Block, DocumentBody, Inline } from './document';

/** Plain text of inline runs: footnote references and page markers are not text. */
export function inlineText(runs: readonly Inline[]): string {
  let out = '';
  for (const run of runs) {
    if (run.t === 'text') out += run.text;
    else if (run.t === 'lineBreak') out += '\n';
    else if (run.t === 'link') out += inlineText(run.runs);
  }
  return out;
}

function blockText(block: Block): string {
  switch (block.t) {
    case 'paragraph':
    case 'heading':
      return inlineText(block.runs);
    case 'list':
      return block.items.map(inlineText).join('\n');
    case 'table':
      return block.rows.map((row) => row.map(inlineText).join('\t')).join('\n');
    case 'quote':
      return blocksText(block.blocks);
    case 'section': {
      const title = block.title ? inlineText(block.title) : '';
      const inner = blocksText(block.blocks);
      return title ? `${title}\n\n${inner}` : inner;
    }
    case 'page':
    case 'embedded':
      return '';
  }
}

export function blocksText(blocks: readonly Block[]): string {
  return blocks
    .map(blockText)
    .filter((s) => s.length > 0)
    .join('\n\n');
}

/** The body as plain text, paragraphs separated by blank lines. */
export function bodyText(body: DocumentBody): string {
  return blocksText(body.blocks);
}

/** Printed pages whose breaks occur in the body, in order of appearance. */
export function pageMarkers(blocks: readonly Block[]): string[] {
  const pages: string[] = [];
  const visitRuns = (runs: readonly Inline[]): void => {
    for (const run of runs) {
      if (run.t === 'page') pages.push(run.n);
      else if (run.t === 'link') visitRuns(run.runs);
    }
  };
  const visit = (list: readonly Block[]): void => {
    for (const b of list) {
      if (b.t === 'page') pages.push(b.n);
      else if (b.t === 'paragraph' || b.t === 'heading') visitRuns(b.runs);
      else if (b.t === 'list') b.items.forEach(visitRuns);
      else if (b.t === 'table') b.rows.forEach((r) => r.forEach(visitRuns));
      else if (b.t === 'quote' || b.t === 'section') visit(b.blocks);
    }
  };
  visit(blocks);
  return pages;
}
