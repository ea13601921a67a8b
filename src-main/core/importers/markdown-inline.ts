/**
 * marked's inline tokens → the model's inline runs. Raw HTML never reaches the
 * model: a few formatting tags become marks, <sup>(1)</sup> becomes a note
 * reference, other tags are dropped and only their text is kept.
 */
import type { MarkedToken, Token } from 'marked';
import type { Inline, Mark } from '../model/document';

const MARKED_TYPES: ReadonlySet<string> = new Set([
  'blockquote', 'br', 'checkbox', 'code', 'codespan', 'def', 'del', 'em', 'escape', 'heading', 'hr',
  'html', 'image', 'link', 'list', 'list_item', 'paragraph', 'space', 'strong', 'table', 'text',
]);

/** marked's Token union includes an open-ended Generic token; this narrows to the built-in ones. */
export function isMarkedToken(t: Token): t is MarkedToken {
  return MARKED_TYPES.has(t.type);
}

export interface InlineOptions {
  /** Turn <sup>(1)</sup> / <sup>1</sup> into note references with this id. */
  noteId?: (label: string) => string;
}

/** HTML tags that carry a mark; everything else is dropped. */
const TAG_MARKS: Readonly<Record<string, Mark>> = {
  i: 'italic', em: 'italic', cite: 'italic', b: 'bold', strong: 'bold',
  u: 'underline', sup: 'sup', sub: 'sub', small: 'smallcaps',
};

export function inlineRuns(tokens: readonly Token[], opts: InlineOptions = {}): Inline[] {
  const out: Inline[] = [];
  walk(tokens, [], out, opts);
  return tidy(out);
}

function walk(tokens: readonly Token[], marks: readonly Mark[], out: Inline[], opts: InlineOptions): void {
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok) continue;
    const tag = tok.type === 'html' ? openingTag(tokenText(tok)) : undefined;
    const close = tag ? closingIndex(tokens, i, tag) : -1;
    if (tag && close > i) {
      element(tag, tokens.slice(i + 1, close), marks, out, opts);
      i = close;
    } else {
      token(tok, marks, out, opts);
    }
  }
}

/** An HTML element whose open and close tags are sibling tokens. */
function element(tag: string, inner: readonly Token[], marks: readonly Mark[], out: Inline[], opts: InlineOptions): void {
  const label = tag === 'sup' && opts.noteId ? noteLabel(plain(inner)) : undefined;
  if (label !== undefined && opts.noteId) {
    out.push({ t: 'noteRef', id: opts.noteId(label), label });
    return;
  }
  const mark = TAG_MARKS[tag];
  walk(inner, mark ? withMark(marks, mark) : marks, out, opts);
}

function token(tok: Token, marks: readonly Mark[], out: Inline[], opts: InlineOptions): void {
  if (!isMarkedToken(tok)) {
    out.push(text(tok.raw, marks));
    return;
  }
  switch (tok.type) {
    case 'strong': return walk(tok.tokens, withMark(marks, 'bold'), out, opts);
    case 'em': return walk(tok.tokens, withMark(marks, 'italic'), out, opts);
    case 'del': case 'link': case 'image': return walk(tok.tokens, marks, out, opts);
    case 'br': out.push({ t: 'lineBreak' }); return;
    case 'codespan': case 'escape': out.push({ t: 'text', text: tok.text, ...markProp(marks) }); return;
    case 'html': if (/^<br\s*\/?>$/i.test(tok.text.trim())) out.push({ t: 'lineBreak' }); return;
    case 'text':
      if (tok.tokens) walk(tok.tokens, marks, out, opts);
      else out.push(text(tok.text, marks));
      return;
    default: out.push(text('text' in tok ? tok.text : '', marks));
  }
}

function text(raw: string, marks: readonly Mark[]): Inline {
  // Soft line breaks inside a Markdown paragraph are just spaces.
  return { t: 'text', text: decodeEntities(raw).replace(/\s*\n\s*/g, ' '), ...markProp(marks) };
}

function markProp(marks: readonly Mark[]): { marks?: Mark[] } {
  return marks.length > 0 ? { marks: [...marks] } : {};
}

function withMark(marks: readonly Mark[], mark: Mark): Mark[] {
  return marks.includes(mark) ? [...marks] : [...marks, mark];
}

function tokenText(tok: Token): string {
  return isMarkedToken(tok) && 'text' in tok ? tok.text : tok.raw;
}

function openingTag(html: string): string | undefined {
  return /^<([a-z][a-z0-9]*)\b[^>]*(?<!\/)>$/i.exec(html.trim())?.[1]?.toLowerCase();
}

/** Index of the sibling closing `tag` (respecting nesting), or -1. */
function closingIndex(tokens: readonly Token[], open: number, tag: string): number {
  let depth = 0;
  for (let j = open + 1; j < tokens.length; j++) {
    const tok = tokens[j];
    if (tok?.type !== 'html') continue;
    const html = tokenText(tok).trim().toLowerCase();
    if (openingTag(html) === tag) depth++;
    else if (html === `</${tag}>`) {
      if (depth === 0) return j;
      depth--;
    }
  }
  return -1;
}

/** "(1)", "1", "[12]", "*" → the label; longer text is not a note reference. */
function noteLabel(text: string): string | undefined {
  return /^\s*[([]?(\d{1,3}|\*{1,3}|[a-z])[)\]]?\s*$/.exec(text)?.[1];
}

function plain(tokens: readonly Token[]): string {
  return tokens.map((t) => (t.type === 'html' ? '' : tokenText(t))).join('');
}

/** Adjacent runs with the same marks merged; no space left dangling before a note reference. */
function tidy(runs: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const run of runs) {
    const prev = out[out.length - 1];
    if (run.t === 'text' && run.text === '') continue;
    if (run.t === 'noteRef' && prev?.t === 'text') prev.text = prev.text.trimEnd();
    if (run.t === 'text' && prev?.t === 'text' && sameMarks(prev.marks, run.marks)) prev.text += run.text;
    else out.push(run.t === 'text' ? { ...run } : run);
  }
  return out.filter((r) => r.t !== 'text' || r.text !== '');
}

function sameMarks(a: readonly Mark[] = [], b: readonly Mark[] = []): boolean {
  return a.length === b.length && a.every((m) => b.includes(m));
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—',
  hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', shy: '',
};

/** marked leaves some character references as written; the model holds plain text. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** Text content of a block of raw HTML: tags, comments, scripts and styles removed. */
export function htmlToText(html: string): string {
  const stripped = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ');
  return decodeEntities(stripped).replace(/\s+/g, ' ').trim();
}
